/*
 * Printing. Ctrl+P works on every page without this; with JavaScript, content pages also get a
 * print button, and the paper says when it was printed (the build cannot know that date).
 */
const button = document.querySelector<HTMLButtonElement>('[data-print-button]');
if (button && typeof window.print === 'function') {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const stamp = document.querySelector<HTMLElement>('[data-print-date]');
if (stamp) {
  addEventListener('beforeprint', () => {
    const locales = (stamp.dataset.locales ?? '').split(' ').filter(Boolean);
    const date = new Intl.DateTimeFormat(locales, { dateStyle: 'long' }).format(new Date());
    stamp.textContent = ` · ${stamp.dataset.label} ${date}`;
  });
}
