/*
 * npm run new-language -- <code> --name <name in itself> [--dir rtl] [--locales ar,ar-SE] [--fallback none] [--content content]
 *
 * Adds a language to a site: its entry in the settings, and content/interface/<code>.yml with
 * every text of the interface to translate, the Swedish beside each as a comment. The texts
 * start empty: the build stops, naming each one, until every text is written, so that a page
 * never shows Swedish menus under another language's name. Translations of the content follow
 * in content/translations/<code>/, as for any language.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, Scalar } from 'yaml';
import { contentRoot } from '../src/config/content.ts';
import { builtInLanguages } from '../src/i18n/built-in.ts';
import { isPlural } from '../src/i18n/format.ts';
import { sv } from '../src/i18n/sv.ts';
import { easyToRead, settingsFileName } from '../src/lib/settings.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = 'Usage: npm run new-language -- <code> --name <name in itself> [--dir rtl] [--locales ar,ar-SE] [--fallback none]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      dir: { type: 'string', default: 'ltr' },
      locales: { type: 'string' },
      fallback: { type: 'string', default: 'all' },
      content: { type: 'string', default: contentRoot },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { values, positionals } = parsed;
const code = positionals[0] ?? fail(`Give the language's code, such as ar or so.\n${usage}`);
if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(code)) fail(`"${code}" is not a language code; expected one such as "ar", "so" or "fa".`);
if (code === easyToRead.code) fail('Lättläst needs no settings entry: its texts go in content/translations/lattlast/.');
const name = values.name?.trim() || fail(`Give the language's name in itself, such as --name العربية.\n${usage}`);
if (!['ltr', 'rtl'].includes(values.dir!)) fail(`--dir: found "${values.dir}", expected ltr or rtl.`);
if (!['all', 'none'].includes(values.fallback!)) fail(`--fallback: found "${values.fallback}", expected all (untranslated pages shown in Swedish) or none (only translated pages).`);

const settingsFile = join(values.content!, settingsFileName);
if (!existsSync(settingsFile)) fail(`${settingsFile} is missing: start the site with \`npm run new-site\`.`);
const settings = parseDocument(readFileSync(settingsFile, 'utf8'));
const list = settings.get('languages');
if (!isSeq(list)) fail(`${settingsFile}: expected a list of languages under "languages".`);
if (list.items.some((item) => isMap(item) && item.get('code') === code)) fail(`${settingsFile} already has the language "${code}".`);
const entry: Record<string, unknown> = { code, name };
if (values.dir === 'rtl') entry.dir = 'rtl';
entry.locales = values.locales ? values.locales.split(',').map((locale) => locale.trim()) : [code];
if (values.fallback === 'none') entry.fallback = 'none';
list.add(settings.createNode(entry));

const interfaceFile = join(values.content!, 'interface', `${code}.yml`);
const writeInterface = !(code in builtInLanguages);
if (writeInterface && existsSync(interfaceFile)) fail(`${interfaceFile} already exists; nothing was changed.`);

/** The Swedish dictionary as a YAML tree of empty texts, each with the Swedish as its comment. */
function template(document: Document, value: unknown): unknown {
  const text = (swedish: string) => {
    const node = new Scalar('');
    node.comment = ` ${swedish.replace(/\n/g, ' ')}`;
    return node;
  };
  if (typeof value === 'string') return text(value);
  if (isPlural(value)) {
    const map = new YAMLMap();
    for (const [form, swedish] of Object.entries(value)) map.add(document.createPair(form, text(swedish)));
    return map;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.add(template(document, item));
    return seq;
  }
  const map = new YAMLMap();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    map.add(document.createPair(key, key === 'interfaceStatus' ? 'draft' : template(document, inner)));
  }
  return map;
}

if (writeInterface) {
  const document = new Document();
  document.contents = template(document, sv) as YAMLMap;
  document.commentBefore =
    ` The interface text in ${name} (${code}): menus, buttons and notices. Write each text in\n` +
    ` ${name} between the quotes; the Swedish is beside it. Names in braces, such as {n}, are\n` +
    ` filled in by the site: keep them. Where words change with a number, give each form the\n` +
    ` language has (zero, one, two, few, many, other).`;
  mkdirSync(join(values.content!, 'interface'), { recursive: true });
  writeFileSync(interfaceFile, document.toString({ lineWidth: 0 }));
}
writeFileSync(settingsFile, settings.toString({ lineWidth: 0 }));
console.log(
  `Added ${name} (${code}) to ${settingsFile}.` +
    (writeInterface ? ` Translate the texts in ${interfaceFile}: the build names each one still to write.` : '') +
    ` Translations of the content go in ${join(values.content!, 'translations', code)}/.`,
);
