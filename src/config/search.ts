/**
 * How Pagefind ranks results. Its defaults favour short pages, which here are the activities at
 * the bottom of the model; readers look for the goals and initiatives above them. Letting the
 * title weights count for more (termSaturation) and page length for less finds the page a reader
 * means first for the queries in tests/browser/search.test.ts, in all four languages.
 */
export const searchRanking = { termSaturation: 2, pageLength: 0.1 } as const;
