/*
 * The second half of `npm run check`: the rules that span files (references, order, translations,
 * placeholders) and the rules for the text (src/lib/markdown-lint.ts), without building the site.
 *
 * `astro check` runs first. Besides checking the types, it loads every content file, checks it
 * against its schema and saves what it loaded in Astro's data store. This script reads that store
 * and validates it exactly as the build does (src/lib/validate.ts), so a problem it reports would
 * have stopped the build too.
 *
 * Run alone, it checks whatever the last `astro check`, `astro sync` or build loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'devalue';
import { cacheDir, collectionNames } from '../src/config/content.ts';
import type { ContentSet } from '../src/lib/content-types.ts';
import { encodingIssues, savedSchemaIssues } from '../src/lib/content-check.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { contentWarnings, validateContent } from '../src/lib/validate.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const storeFile = join(isAbsolute(cacheDir) ? cacheDir : join(projectRoot, cacheDir), 'data-store.json');

const collections: (keyof ContentSet)[] = [...collectionNames, 'translations'];

if (!existsSync(storeFile)) {
  console.error(`No loaded content at ${relative(process.cwd(), storeFile)}: run \`npx astro check\` (or \`npm run check\`) first.`);
  process.exit(1);
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

const store = parse(readFileSync(storeFile, 'utf8')) as Map<string, Map<string, StoredEntry>>;
const content = Object.fromEntries(
  collections.map((collection) => [
    collection,
    [...(store.get(collection)?.values() ?? [])].map((entry) => ({ ...entry, collection })),
  ]),
) as unknown as ContentSet;

// File paths in the store count from the project, as Astro runs there.
const readSource = (file: string) => {
  const path = isAbsolute(file) ? file : join(projectRoot, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

// Files that did not match their schema were left out of the store; the loaders noted why.
const schemaProblems = savedSchemaIssues(isAbsolute(cacheDir) ? cacheDir : join(projectRoot, cacheDir));
const files = collections.flatMap((collection) => content[collection].map((entry) => entry.filePath).filter((file): file is string => Boolean(file)));
const issues = [
  ...schemaProblems,
  ...encodingIssues(files.map((file) => (isAbsolute(file) ? file : join(projectRoot, file)))),
  ...(schemaProblems.length === 0 ? validateContent(content, { readSource }) : []),
];
const entries = collections.reduce((sum, collection) => sum + content[collection].length, 0);

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  const one = issues.length === 1;
  console.error(`\nThe content has ${issues.length} ${one ? 'problem' : 'problems'} (in ${entries} entries); the build would stop on ${one ? 'it' : 'them'}.`);
  process.exit(1);
}
// Help for the writers, which stops nothing: long sentences in Lättläst, terms to avoid.
const warnings = contentWarnings(content, { readSource });
for (const warning of warnings) console.warn(`note: ${formatIssue(warning)}`);
console.log(`content OK: ${entries} entries${warnings.length > 0 ? ` (${warnings.length} ${warnings.length === 1 ? 'note' : 'notes'} above, for the writers)` : ''}`);
