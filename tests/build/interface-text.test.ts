import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { builtPages, page } from '../support/dist.ts';

/*
 * The interface speaks the reader's language: on a page in Meänkieli, Finnish or English, no
 * Swedish interface string appears outside text that is marked as Swedish.
 */

function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [p, s] of strings(inner, `${path}.${key}`)) found.set(p, s);
  }
  return found;
}

const swedish = strings(dictionaries.sv);

function swedishOnlyStrings(lang: keyof typeof dictionaries): Set<string> {
  const own = strings(dictionaries[lang]);
  const result = new Set<string>();
  for (const [path, text] of swedish) if (own.get(path) !== text) result.add(text);
  result.add(site.municipality.sv);
  return result;
}

/** Text of elements and labelling attributes that are in the page's own language. */
function ownLanguageTexts(document: Document, lang: string): string[] {
  const texts: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    if (element.closest('[lang]')?.getAttribute('lang') !== lang) continue;
    for (const attribute of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value.trim());
    }
    for (const node of element.childNodes) if (node.nodeType === 3 && node.textContent!.trim()) texts.push(node.textContent!.trim());
  }
  return texts;
}

const pagesByLang = (['fit', 'fi', 'en'] as const).map((lang) => ({ lang, paths: builtPages().filter((path) => path.startsWith(`/${lang}/`)) }));

describe.each(pagesByLang)('pages in $lang', ({ lang, paths }) => {
  const forbidden = swedishOnlyStrings(lang);

  it('have a complete dictionary (every Swedish key exists)', () => {
    const own = strings(dictionaries[lang]);
    expect([...swedish.keys()].filter((key) => !own.has(key))).toEqual([]);
  });

  it('show no Swedish interface string outside Swedish-marked text', () => {
    expect(paths.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const path of paths) {
      for (const text of ownLanguageTexts(page(path), lang)) if (forbidden.has(text)) problems.push(`${path}: "${text}"`);
    }
    expect(problems).toEqual([]);
  });
});
