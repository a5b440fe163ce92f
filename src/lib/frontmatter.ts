/*
 * Reading and editing the YAML frontmatter of a content file as text, for the project's own
 * commands. Edits change one line and leave every other byte as the communicator wrote it.
 */

const pattern = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
}

export function splitFrontmatter(raw: string): SplitFile | undefined {
  const match = pattern.exec(raw);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: raw.slice(match[0].length) };
}

/**
 * Sets a top-level `key: value` line in the frontmatter: replaces the line if the key is there,
 * otherwise adds it as the last line of the frontmatter. The value must be a plain YAML scalar.
 */
export function setFrontmatterField(raw: string, key: string, value: string): string {
  const split = splitFrontmatter(raw);
  if (!split) throw new Error('The file has no frontmatter between --- lines.');
  const newline = raw.includes('\r\n') ? '\r\n' : '\n';
  const line = new RegExp(`^${key}:[^\r\n]*`, 'm');
  const frontmatter = line.test(split.frontmatter)
    ? split.frontmatter.replace(line, `${key}: ${value}`)
    : `${split.frontmatter}${split.frontmatter.length > 0 ? newline : ''}${key}: ${value}`;
  return `---${newline}${frontmatter}${newline}---${newline}${split.body}`;
}

/**
 * The line in a content file where a line of its body is: a body (the text after the
 * frontmatter, as Astro hands it over) counts its lines from 1, a communicator counts from the
 * top of the file. Undefined without the file's text, or when the body is not found in it.
 */
export function fileLine(source: string | undefined, body: string, bodyLine: number): number | undefined {
  if (source === undefined) return undefined;
  const offset = source.lastIndexOf(body.trimEnd());
  if (offset < 0) return undefined;
  return source.slice(0, offset).split('\n').length - 1 + bodyLine;
}
