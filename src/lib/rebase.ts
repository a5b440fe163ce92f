/**
 * Links in Markdown are written from the site's root ("/mal/fler-bostader/"). When the site is
 * served from a sub-folder (a GitHub Pages project site), they must start with that folder.
 */
export function rebaseLinks(html: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return html;
  return html.replace(/(<(?:a|img)\b[^>]*?\s(?:href|src)=")\/(?!\/)/g, (_, start: string) => `${start}${prefix}/`);
}

/**
 * Gives the ids of a text's headings (and the links within the text to them) a prefix: a page
 * that shows several entries' texts, such as the steering document, would otherwise have two
 * elements with the same id wherever two texts share a heading.
 */
export function prefixIds(html: string, prefix: string): string {
  return html.replace(/(\sid=")([^"]+")/g, `$1${prefix}-$2`).replace(/(<a\b[^>]*?\shref="#)([^"]+")/g, `$1${prefix}-$2`);
}
