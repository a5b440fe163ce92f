/*
 * `npm run translations`: how far each Swedish text is translated into each language.
 * `npm run translations -- --stamp en/goals/fler-bostader`: after updating a translation, record
 * which Swedish text it now translates (writes `sourceHash` into the translation's frontmatter).
 *
 * Options: --content <dir> (default: content, or MALBILD_CONTENT), --lang <code>, --json.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { collectionFolders, contentRoot, translationsFolder } from '../src/config/content.ts';
import { setFrontmatterField, splitFrontmatter } from '../src/lib/frontmatter.ts';
import { easyToRead, loadSettings, sourceLanguage } from '../src/lib/settings.ts';
import { sourceHash, translatableTextOf, type TranslatableText } from '../src/lib/translation-hash.ts';
import { translationStatus, translationStatuses, type TranslationFacts, type TranslationStatus } from '../src/lib/translation-status.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: contentRoot },
      lang: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      stamp: { type: 'string', multiple: true },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run translations -- [--lang en] [--json] [--stamp <language>/<folder>/<id>]`);
}
const { values: options, positionals } = parsed;
// `npm run translations --stamp en/goals/x` (one pair of dashes too few) hands --stamp to npm,
// which passes it on as npm_config_stamp, and the key as a bare word: do what was meant.
if (positionals.length > 0) {
  if (process.env.npm_config_stamp) options.stamp = [...(options.stamp ?? []), ...positionals];
  else fail(`Unexpected ${positionals.map((p) => `"${p}"`).join(' ')}. To stamp a translation: npm run translations -- --stamp <language>/<folder>/<id>`);
}

const root = options.content!;
// The languages of the content folder asked about, and Lättläst where it has Lättläst texts.
let published: string[];
try {
  published = loadSettings(root).languages.map((language) => language.code).filter((lang) => lang !== sourceLanguage);
} catch (error) {
  fail((error as Error).message);
}
const translatable = [...published, ...(existsSync(join(root, translationsFolder, easyToRead.code)) ? [easyToRead.code] : [])];
const targets = translatable.filter((lang) => !options.lang || options.lang.includes(lang));
for (const lang of options.lang ?? []) {
  if (!translatable.includes(lang)) fail(`Unknown language "${lang}"; expected one of ${translatable.join(', ')}.`);
}

function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) fail(`${file}: no frontmatter between --- lines.`);
  const data = (parse(split.frontmatter) ?? {}) as Record<string, unknown>;
  return { data, body: split.body };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function sourceText(file: string): TranslatableText {
  const { data, body } = readEntry(file);
  return translatableTextOf(data, body);
}

function translationFacts(file: string): TranslationFacts | undefined {
  if (!existsSync(file)) return undefined;
  const { data } = readEntry(file);
  return { sourceHash: text(data.sourceHash), status: data.status === 'reviewed' ? 'reviewed' : 'draft' };
}

/** An entry's file: Markdown, or MDX (.mdx); where there is neither, the .md a new one would have. */
function entryFile(dir: string, id: string): string {
  const mdx = join(dir, `${id}.mdx`);
  return existsSync(mdx) ? mdx : join(dir, `${id}.md`);
}
const translationFile = (lang: string, folder: string, id: string) => entryFile(join(root, translationsFolder, lang, folder), id);

if (options.stamp) {
  for (const key of options.stamp) {
    // Accept `en/goals/x`, `translations/en/goals/x.md` or `content/translations/en/goals/x.md`.
    const match = /(?:^|\/)([a-z]+)\/([a-z-]+)\/([^/]+?)(?:\.mdx?)?$/.exec(key);
    const [, lang = '', folder = '', id = ''] = match ?? [];
    if (!match || !translatable.includes(lang)) fail(`${key}: expected <language>/<folder>/<id>, e.g. en/goals/fler-bostader.`);
    const source = entryFile(join(root, folder), id);
    const target = translationFile(lang, folder, id);
    if (!existsSync(source)) fail(`${key}: there is no Swedish source ${source}.`);
    if (!existsSync(target)) fail(`${key}: there is no translation ${target} to stamp.`);
    const hash = sourceHash(sourceText(source));
    // Quoted: a fingerprint such as 7153e8610147 would otherwise read as a number in YAML.
    writeFileSync(target, setFrontmatterField(readFileSync(target, 'utf8'), 'sourceHash', `"${hash}"`));
    console.log(`${target}: now translates the Swedish text ${hash}.`);
  }
  process.exit(0);
}

interface Row {
  page: string;
  status: Partial<Record<string, TranslationStatus>>;
}

const rows: Row[] = [];
for (const folder of Object.values(collectionFolders)) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort()) {
    const id = file.replace(/\.mdx?$/, '');
    const source = sourceText(join(dir, file));
    const status = Object.fromEntries(targets.map((lang) => [lang, translationStatus(source, translationFacts(translationFile(lang, folder, id)))]));
    rows.push({ page: `${folder}/${id}`, status });
  }
}

if (options.json) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const width = Math.max(...rows.map((row) => row.page.length), 4) + 2;
const column = 12;
console.log(`Translations in ${root}/${translationsFolder} (Swedish is the source)\n`);
console.log('page'.padEnd(width) + targets.map((lang) => lang.padEnd(column)).join(''));
for (const row of rows) console.log(row.page.padEnd(width) + targets.map((lang) => row.status[lang]!.padEnd(column)).join(''));
console.log('');
for (const lang of targets) {
  const counts = translationStatuses.map((status) => `${rows.filter((row) => row.status[lang] === status).length} ${status}`);
  console.log(`${lang}: ${counts.join(', ')}`);
}
console.log('\nAfter updating a translation: npm run translations -- --stamp <language>/<folder>/<id>');
