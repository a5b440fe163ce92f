/*
 * Numbers and lists in prose come from the content, never typed by hand: a text writes
 * `{antal målområden}` and the build puts in the current number. The names are Swedish because
 * the communicators who write them are; translations use the same names.
 */
export const placeholderNames = ['antal målområden', 'antal mål', 'antal mål per målområde', 'lista målområden'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const placeholderPattern = /\{([^{}\n]{1,60})\}/g;

/** Every `{…}` in a Markdown text, known or not, with its line number (1-based). */
export function findPlaceholders(markdown: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  markdown.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholderPattern)) found.push({ name: match[1]!.trim(), line: index + 1 });
  });
  return found;
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/**
 * Puts values into rendered HTML. A placeholder that stands alone in a paragraph is replaced
 * together with the paragraph, so that a list can take its place.
 */
export function fillPlaceholders(html: string, values: Record<PlaceholderName, string>): string {
  return html
    .replace(/<p>\s*\{([^{}\n]{1,60})\}\s*<\/p>/g, (whole, name: string) =>
      isPlaceholderName(name.trim()) ? values[name.trim() as PlaceholderName] : whole,
    )
    .replace(placeholderPattern, (whole, name: string) => (isPlaceholderName(name.trim()) ? values[name.trim() as PlaceholderName] : whole));
}
