/*
 * HTML validation of every built page (tests/build/html-validity.test.ts): html-validate's
 * recommended rules, with these exceptions and why.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> names the page, the site and the municipality ("Fler bostäder i hela
    // kommunen – Mål och styrning – Övertorneå kommun"), so that a tab, a bookmark or a search
    // result says whose page it is. Goal titles are whole sentences; a search engine shortening
    // the title in its list harms no one, cutting the title here would.
    'long-title': 'off',
  },
};
