/*
 * Printing. Ctrl+P works on every page without this; with JavaScript, content pages also get a
 * print button, and the paper says when it was printed (the build cannot know that date) and,
 * where the site's own address is not known, the address the reader printed it from.
 */
const button = document.querySelector<HTMLButtonElement>('[data-print-button]');
if (button && typeof window.print === 'function') {
  button.dataset.ready = '';
  button.addEventListener('click', () => window.print());
}

const stamp = document.querySelector<HTMLElement>('[data-print-date]');
const address = document.querySelector<HTMLElement>('[data-print-address]');
if (stamp) {
  addEventListener('beforeprint', () => {
    if (address) address.textContent = location.href;
    const locales = (stamp.dataset.locales ?? '').split(' ').filter(Boolean);
    const date = new Intl.DateTimeFormat(locales, { dateStyle: 'long' }).format(new Date());
    stamp.textContent = ` · ${stamp.dataset.label} ${date}`;
  });
}
