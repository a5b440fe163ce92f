import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { contentRoot } from '../config/content.ts';
import { language, type Lang } from '../config/languages.ts';
import { didYouMean } from '../lib/closest.ts';
import { ContentError, type ContentIssue } from '../lib/issues.ts';
import { easyToRead, readUtf8, settings, sourceLanguage, type Settings } from '../lib/settings.ts';
import type { BuiltInLanguage } from './built-in.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { fit } from './fit.ts';
import { fill, gapsOf, intlCache, isPlural, pluralCategories, selectPlural, type Plural } from './format.ts';
import { sv, type Dictionary } from './sv.ts';

export type { Dictionary };
export { fill };

/*
 * The interface text of each language the site is published in, made of three layers:
 * 1. the dictionary that comes with Målbild (src/i18n/<language>.ts), where there is one;
 * 2. content/interface/<language>.yml, where the municipality gives its own wording, or the whole
 *    interface text of a language Målbild has no dictionary for;
 * 3. the words for the levels of its steering model in content/settings.yml (`levels`).
 * Every layer is checked against the Swedish dictionary: a key it does not know, a text of the
 * wrong kind or a gap (`{n}`) the text cannot fill stops the build, as does a text missing from
 * a language.
 */

/** The dictionaries that come with Målbild, one for each of its built-in languages. */
export const builtInDictionaries: Readonly<Record<string, Dictionary>> = { sv, fit, fi, en } satisfies Record<BuiltInLanguage, Dictionary>;

export const interfaceFolder = 'interface';

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(base: unknown, layer: unknown): unknown {
  if (!isTree(base) || !isTree(layer) || isPlural(base)) return layer === undefined ? base : layer;
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(layer)) merged[key] = merge(base[key], value);
  return merged;
}

/** Checks one layer of interface text against the Swedish dictionary; `complete` also asks for every text. */
function checkLayer(reference: unknown, value: unknown, path: string, file: string, complete: boolean, issues: ContentIssue[]): void {
  const where = path || 'file';
  const swedish = (text: string) => `"${text.length > 70 ? `${text.slice(0, 69)}…` : text}"`;
  if (value === undefined) {
    if (complete) {
      issues.push({
        file,
        field: where,
        message: `the text is missing; expected this language's words for ${typeof reference === 'string' ? swedish(reference) : isPlural(reference) ? swedish(reference.other) : 'the texts under this key (see the Swedish dictionary, src/i18n/sv.ts)'}`,
      });
    }
    return;
  }
  const gapsAllowed = (text: string, ref: string) => {
    const known = gapsOf(ref);
    for (const gap of gapsOf(text)) {
      if (!known.includes(gap)) {
        issues.push({ file, field: where, message: `found the gap {${gap}}, which nothing fills here; expected ${known.length > 0 ? `only ${known.map((k) => `{${k}}`).join(', ')}` : 'no gap in braces'}.${didYouMean(gap, known)}` });
      }
    }
  };
  if (typeof reference === 'string') {
    if (path === 'interfaceStatus') {
      if (!['draft', 'reviewed', 'source'].includes(String(value))) issues.push({ file, field: where, message: `found ${JSON.stringify(value)}, expected "draft" or "reviewed"` });
      return;
    }
    if (typeof value !== 'string' || value.trim() === '') issues.push({ file, field: where, message: `found ${JSON.stringify(value)}, expected a text, as for ${swedish(reference)}` });
    else gapsAllowed(value, reference);
    return;
  }
  if (isPlural(reference)) {
    const forms: Record<string, unknown> | undefined = typeof value === 'string' ? { other: value } : isTree(value) ? value : undefined;
    if (!forms || typeof forms.other !== 'string') {
      issues.push({ file, field: where, message: `expected the words with {n} where the number goes, as one text or as forms "one" and "other", as for ${swedish((reference as Plural).other)}` });
      return;
    }
    for (const [category, text] of Object.entries(forms)) {
      if (!(pluralCategories as readonly string[]).includes(category)) issues.push({ file, field: `${where}.${category}`, message: `found the form "${category}", expected one of ${pluralCategories.join(', ')}` });
      else if (typeof text !== 'string') issues.push({ file, field: `${where}.${category}`, message: `found ${JSON.stringify(text)}, expected a text` });
      else gapsAllowed(text, reference.other);
    }
    return;
  }
  if (Array.isArray(reference)) {
    const rowShape = Array.isArray(reference[0]) ? 'pair' : 'text';
    const fits = Array.isArray(value) && value.every((row) => (rowShape === 'pair' ? Array.isArray(row) && row.length === 2 && row.every((cell) => typeof cell === 'string') : typeof row === 'string'));
    if (!fits) issues.push({ file, field: where, message: rowShape === 'pair' ? 'expected a list of pairs, each [field, explanation]' : 'expected a list of texts' });
    else if (rowShape === 'text') for (const row of value as string[]) gapsAllowed(row, (reference as string[]).join(' '));
    return;
  }
  if (!isTree(reference)) return;
  if (!isTree(value)) {
    issues.push({ file, field: where, message: `found ${JSON.stringify(value)}, expected a group of texts (${Object.keys(reference).slice(0, 4).join(', ')}, …)` });
    return;
  }
  for (const key of Object.keys(value)) {
    if (!(key in reference)) issues.push({ file, field: path ? `${path}.${key}` : key, message: `found "${key}", which is not a text of the interface; expected one of ${Object.keys(reference).length > 8 ? 'the keys of the Swedish dictionary (src/i18n/sv.ts)' : Object.keys(reference).map((k) => `"${k}"`).join(', ')}.${didYouMean(key, Object.keys(reference))}` });
  }
  for (const [key, ref] of Object.entries(reference)) checkLayer(ref, value[key], path ? `${path}.${key}` : key, file, complete, issues);
}

function readLayer(file: string, issues: ContentIssue[]): unknown {
  if (!existsSync(file)) return undefined;
  const read = readUtf8(file);
  if ('issue' in read) {
    issues.push({ file, field: 'file', message: read.issue });
    return undefined;
  }
  const document = parseDocument(read.text, { prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) issues.push({ file, field: `line ${error.linePos?.[0]?.line ?? '?'}`, message: `the YAML cannot be read (${error.message.split('\n')[0]})` });
    return undefined;
  }
  return document.toJS() as unknown;
}

export interface InterfaceText {
  dictionaries: Map<Lang, Dictionary>;
  issues: ContentIssue[];
}

/** The interface text of every language a content folder's settings publish, and every problem in it. */
export function assembleInterfaceText(root: string, { file: settingsFile, levels, languages: published }: Settings): InterfaceText {
  const issues: ContentIssue[] = [];
  const dictionaries = new Map<Lang, Dictionary>();
  published.forEach(({ code: lang }, i) => {
    const file = join(root, interfaceFolder, `${lang}.yml`);
    const builtIn = builtInDictionaries[lang];
    const own = readLayer(file, issues);
    if (!builtIn && own === undefined) {
      issues.push({
        file: settingsFile,
        field: `languages[${i}].code`,
        message: `found "${lang}", for which there is no interface text; expected a file ${file} with the texts of menus, buttons and notices in that language (\`npm run new-language -- ${lang}\` writes one to translate)`,
      });
      return;
    }
    if (own !== undefined) checkLayer(sv, own, '', file, !builtIn, issues);
    const levelWords = levels[lang];
    const dictionary = merge(merge(builtIn ?? {}, own), levelWords ? { levels: levelWords } : undefined) as Dictionary;
    dictionaries.set(lang, dictionary);
  });
  // Lättläst pages are Swedish: the Swedish interface, with any wording of its own on top.
  const swedish = dictionaries.get(sourceLanguage);
  if (swedish) {
    const file = join(root, interfaceFolder, `${easyToRead.code}.yml`);
    const own = readLayer(file, issues);
    if (own !== undefined) checkLayer(sv, own, '', file, false, issues);
    dictionaries.set(easyToRead.code, merge(swedish, own) as Dictionary);
  }
  return { dictionaries, issues };
}

let assembled: InterfaceText | undefined;

function assemble(): InterfaceText {
  assembled ??= assembleInterfaceText(contentRoot, settings());
  return assembled;
}

/** Every problem in the interface text of the published languages (none when all is well). */
export function interfaceTextIssues(): ContentIssue[] {
  return assemble().issues;
}

/** The interface text of a language. */
export function ui(lang: Lang): Dictionary {
  const { dictionaries, issues } = assemble();
  if (issues.length > 0) throw new ContentError(issues);
  const dictionary = dictionaries.get(lang);
  if (!dictionary) throw new Error(`The site is not published in "${lang}".`);
  return dictionary;
}

const numberFormats = intlCache<Intl.NumberFormat>();
const dateFormats = intlCache<Intl.DateTimeFormat>();
const listFormats = intlCache<Intl.ListFormat>();

/** Numbers as a reader of the language writes them (through its locales, best first). */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormats(`${lang}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(language(lang).locales, options)).format(value);
}

/** A calendar date, long form ("26 november 2026"). */
export function formatDate(lang: Lang, date: Date): string {
  return dateFormats(lang, () => new Intl.DateTimeFormat(language(lang).locales, { dateStyle: 'long', timeZone: 'Europe/Stockholm' })).format(date);
}

/** Items joined as the language joins them ("a, b och c"). */
export function formatList(lang: Lang, items: string[]): string {
  return listFormats(lang, () => new Intl.ListFormat(language(lang).locales, { type: 'conjunction' })).format(items);
}

/** A text that changes with a number, in the form the language uses for it, with the number written in. */
export function countText(lang: Lang, forms: Plural | string, count: number, values: Record<string, string> = {}): string {
  return fill(selectPlural(forms, count, language(lang).locales), { n: formatNumber(lang, count), ...values });
}
