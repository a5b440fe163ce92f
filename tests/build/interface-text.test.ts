import { describe, expect, it } from 'vitest';
import { gapsOf, isPlural } from '../../src/i18n/format.ts';
import { nonEmpty, site, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * The interface speaks the reader's language: on a page in another language, no part of a
 * Swedish interface text appears outside text that is marked as Swedish. A text with gaps
 * ("Läget för {what}") is looked for by its fixed parts, inside any text on the page.
 */

/** Every text of a dictionary by its key path; plural forms and list items count one by one. */
function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`).forEach((s, p) => found.set(p, s)));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) strings(inner, `${path}.${key}`).forEach((s, p) => found.set(p, s));
  }
  return found;
}

/** The fixed parts of a text: what is left between its gaps, long enough to be telling. */
const fixedParts = (template: string) =>
  template
    .split(/\{[a-zA-Z]+\}/)
    .map((part) => part.replace(/^[\s.,:;–-]+|[\s.,:;–-]+$/g, ''))
    // A single short word ("Vision") is also a name in content ("Övertorneå Vision 2020").
    .filter((part) => part.length >= 10 || (part.length >= 6 && part.includes(' ')));

function forbiddenIn(built: Site, lang: string): Set<string> {
  const swedish = strings(built.ui(built.sourceLang));
  const own = strings(built.ui(lang));
  const ownText = [...own.values()].join('\n');
  const forbidden = new Set<string>();
  for (const [path, text] of swedish) {
    if (path === '.interfaceStatus') continue;
    // A text left as the Swedish is Swedish; a part the language's own texts also use (a name) is not.
    const untranslated = own.get(path) === text;
    for (const part of fixedParts(text)) if (untranslated || !ownText.includes(part)) forbidden.add(part);
  }
  const name = built.settings.municipality.name;
  if (name[lang] !== name[built.sourceLang]) forbidden.add(name[built.sourceLang]!);
  return forbidden;
}

/** Text on the page that is in the page's own language: text nodes and labelling attributes outside any other `lang`. */
function ownLanguageTexts(document: Document, lang: string): string[] {
  const texts: string[] = [];
  for (const element of document.querySelectorAll('html *')) {
    if (element.closest('[lang]')?.getAttribute('lang') !== lang || element.closest('script, style')) continue;
    for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value);
    }
    if (element.tagName === 'META' && element.getAttribute('name') === 'description') texts.push(element.getAttribute('content') ?? '');
    for (const node of element.childNodes) {
      const words = node.nodeType === 3 ? node.textContent!.replace(/\s+/g, ' ').trim() : '';
      // An address (the print header's) is in no language.
      if (words && !/^https?:\/\/\S+$/.test(words)) texts.push(words);
    }
  }
  return texts;
}

describe.each(siteNames)('the %s site in other languages', (name) => {
  const built = site(name);
  const languages = built.languages.filter((lang) => lang !== built.sourceLang);

  it.each(languages)('%s has every interface text the Swedish has', (lang) => {
    const own = strings(built.ui(lang));
    const missing = [...strings(built.ui(built.sourceLang)).keys()].filter((key) => !own.has(key) && !/\[\d+\]$/.test(key) && !/\.(zero|one|two|few|many)$/.test(key));
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s pages show no part of a Swedish interface text outside Swedish-marked text', (lang) => {
    const forbidden = [...forbiddenIn(built, lang)];
    const paths = nonEmpty(built.pages().filter((path) => built.languageOf(path) === lang), `page in ${lang}`);
    const problems: string[] = [];
    for (const path of paths) {
      for (const text of ownLanguageTexts(built.page(path), lang)) {
        const found = forbidden.find((part) => text.includes(part));
        if (found) problems.push(`${path}: "${found}" in "${text.trim().slice(0, 80)}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the search for Swedish interface text', () => {
  it('finds the fixed parts of a text with gaps, and of plural forms', () => {
    expect(fixedParts('Läget för {what}')).toEqual(['Läget för']);
    expect(gapsOf('{n} målområden')).toEqual(['n']);
    expect(isPlural(site('full').ui('sv').levels.goalArea.count)).toBe(true);
  });
});
