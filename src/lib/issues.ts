/*
 * A problem in what a communicator wrote, said so that they can find and fix it: the file, the
 * field (or the line of the text), what was found and what was expected.
 */

export interface ContentIssue {
  /** The file, relative to the project root (or the environment variable that set the value). */
  file: string;
  /** The field in the frontmatter, or `file name`, `file`, or `text, line N` for the text. */
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} — ${issue.field}: ${issue.message}`;
}

/** Every problem found, as one error: the build stops on it and publishes nothing. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(
      `The content has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}; nothing was published.\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** A zod issue path as a communicator reads it: `languages[2].code`, `levels.goal.sv.count`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${String(key)}` : String(key)), '');
}
