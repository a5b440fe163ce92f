/** The levels a heading inside a page can take: h1 is the page's title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
