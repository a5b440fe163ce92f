/**
 * Links in Markdown are written from the site's root ("/mal/fler-bostader/"). When the site is
 * served from a sub-folder (a GitHub Pages project site), they must start with that folder.
 */
export function rebaseLinks(html: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return html;
  return html.replace(/(<(?:a|img)\b[^>]*?\s(?:href|src)=")\/(?!\/)/g, (_, start: string) => `${start}${prefix}/`);
}
