/*
 * How the schemas word their messages. They are written for communicators: they say what was
 * found in the file and what was expected, in words.
 */

/** A value from a file as a message shows it. */
export function shown(input: unknown): string {
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input.trim() === '' ? 'an empty text' : `"${input.length > 60 ? `${input.slice(0, 59)}…` : input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)}`;
  if (Array.isArray(input)) return 'a list';
  return 'a group of fields';
}

/** An error message that names the value found (or that the field is missing) and what was expected. */
export function found(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `the field is missing; ${expected}` : `found ${shown(issue.input)}, ${expected}`;
}
