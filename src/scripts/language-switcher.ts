/*
 * The language links work without JavaScript. With it, they also keep the reader's place: ids
 * of sections are the same in every language, so the fragment carries over.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
