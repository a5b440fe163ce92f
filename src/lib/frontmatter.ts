/*
 * Reading and editing the YAML frontmatter of a content file as text, for the project's own
 * commands. Edits change one line and leave every other byte as the communicator wrote it.
 * Every command reads frontmatter here, so that they all accept the same files as the build.
 */

// Some Windows editors save UTF-8 with a byte-order mark in front; Astro reads such a file, so
// the commands do too, and keep the mark when they write the file back.
const opening = /^\uFEFF?---[ \t]*\r?\n/;
/** The closing `---`, alone on its line; group 1 is the line itself. */
const closing = /(?:^|\n)(---[ \t]*(?:\r?\n|$))/;

/** A content file in its parts; joined in this order they give back the file byte for byte. */
export interface FrontmatterParts {
  /** The opening `---` line, with the byte-order mark in front if the file has one. */
  opening: string;
  /** The YAML between the `---` lines, each line with its line break. */
  yaml: string;
  /** The closing `---` line, with its line break if it has one. */
  closing: string;
  /** Everything after the closing `---` line. */
  body: string;
}

/** A file whose frontmatter cannot be found, told in words a communicator can act on. */
export class FrontmatterError extends Error {}

function findParts(raw: string): FrontmatterParts | FrontmatterError {
  const open = opening.exec(raw);
  if (!open) return new FrontmatterError('the file does not start with a "---" line (frontmatter)');
  const rest = raw.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) return new FrontmatterError('the frontmatter has no closing "---" line');
  const end = close.index + close[0].length;
  return { opening: open[0], yaml: rest.slice(0, end - close[1]!.length), closing: close[1]!, body: rest.slice(end) };
}

/** The file's parts; throws a FrontmatterError that says what is missing. */
export function frontmatterParts(raw: string): FrontmatterParts {
  const parts = findParts(raw);
  if (parts instanceof FrontmatterError) throw parts;
  return parts;
}

/** The file again, with `yaml` as its frontmatter: every byte outside the YAML stays. */
export function joinFrontmatter(parts: FrontmatterParts, yaml: string): string {
  return `${parts.opening}${yaml}${parts.closing}${parts.body}`;
}

export interface SplitFile {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
}

export function splitFrontmatter(raw: string): SplitFile | undefined {
  const parts = findParts(raw);
  if (parts instanceof FrontmatterError) return undefined;
  return { frontmatter: parts.yaml.replace(/\r?\n$/, ''), body: parts.body };
}

/**
 * Sets a top-level `key: value` line in the frontmatter: replaces the line if the key is there,
 * otherwise adds it as the last line of the frontmatter. The value must be a plain YAML scalar.
 */
export function setFrontmatterField(raw: string, key: string, value: string): string {
  const parts = frontmatterParts(raw);
  const newline = raw.includes('\r\n') ? '\r\n' : '\n';
  const line = new RegExp(`^${key}:[^\r\n]*`, 'm');
  const yaml = line.test(parts.yaml) ? parts.yaml.replace(line, `${key}: ${value}`) : `${parts.yaml}${key}: ${value}${newline}`;
  return joinFrontmatter(parts, yaml);
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
