import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../config/content.ts';
import { ContentError, fieldPath, type ContentIssue } from './issues.ts';
import { readUtf8 } from './settings.ts';

/*
 * What the loaders found in the content, kept for the check that runs before any page is made
 * (integrations/content-check.ts): the entries each collection loaded, and the problems in files
 * that did not match their schema (those are left out of the collection rather than stopping the
 * loading, so that every file's problems are reported together). The loaders and the build's
 * hooks run in one process but in different module graphs: the record lives on globalThis.
 * The schema problems are also written beside Astro's data store, for `npm run check`, which
 * reads what `astro check` loaded from there (scripts/check-content.ts).
 */

export interface LoadedEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  filePath?: string | undefined;
}

interface Record_ {
  entries: Map<string, LoadedEntry[]>;
  issues: Map<string, ContentIssue[]>;
  /** The check before the pages found no problem in what was loaded. */
  checked: boolean;
}

const key = Symbol.for('malbild.loaded-content');
const store = globalThis as typeof globalThis & { [key]?: Record_ };

function record(): Record_ {
  store[key] ??= { entries: new Map(), issues: new Map(), checked: false };
  return store[key];
}

/** Where the schema problems of the last loading are kept for `npm run check`. */
export const schemaIssuesFile = (cache: string = cacheDir) => join(cache, 'malbild-schema-problems.json');

/** Keeps what one collection loaded, replacing what it loaded before (a rebuild loads again). */
export function recordCollection(collection: string, entries: LoadedEntry[], issues: ContentIssue[]): void {
  record().entries.set(collection, entries);
  record().issues.set(collection, issues);
  // Content loaded again has not been checked.
  record().checked = false;
  const file = schemaIssuesFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(record().issues), null, 1));
}

/** The schema problems the last loading wrote for `npm run check`. */
export function savedSchemaIssues(cache: string = cacheDir): ContentIssue[] {
  const file = schemaIssuesFile(cache);
  return existsSync(file) ? Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, ContentIssue[]>).flat() : [];
}

/** Notes that this process's build checked the content it loaded and found no problem. */
export function markContentChecked(): void {
  record().checked = true;
}

/** Whether this process's build already checked the content (never so in `astro dev`). */
export function contentChecked(): boolean {
  return record().checked;
}

/** What every collection loaded, by collection, and the schema problems found while loading. */
export function loadedContent(): { entries: Map<string, LoadedEntry[]>; issues: ContentIssue[] } {
  return { entries: record().entries, issues: [...record().issues.values()].flat() };
}

/** A file's schema problems as a communicator reads them: the file and the field. */
export function schemaIssues(file: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ContentIssue[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path) || 'file', message: issue.message }));
}

/** Files not saved as UTF-8: read as such, their letters would reach readers as replacement characters. */
export function encodingIssues(files: string[]): ContentIssue[] {
  return files.flatMap((file) => {
    const read = readUtf8(file);
    return 'issue' in read ? [{ file, field: 'file', message: read.issue }] : [];
  });
}

export { ContentError };
