import { describe, expect, it } from 'vitest';
import { builtInDictionaries } from '../../src/i18n/index.ts';
import { avoidedTerms, wrongTerms } from '../../src/lib/terminology.ts';

/* The interface text that comes with Målbild uses no term its language's list says to avoid. */

function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe('the terminology lists', () => {
  it.each(['fi', 'fit', 'en'])('keep the %s interface text free of the terms a reviewer found wrong', (lang) => {
    const terms = avoidedTerms(lang);
    expect(terms.length).toBeGreaterThan(0);
    const found = texts(builtInDictionaries[lang]).flatMap(([path, text]) => wrongTerms(text, terms).map(({ term }) => `${path}: "${term.wrong}" (use "${term.use}")`));
    expect(found).toEqual([]);
  });

  it('find a wrong term at the start of a word, in any case, with its line', () => {
    const terms = avoidedTerms('fi');
    expect(wrongTerms('Rivi.\nIlmoita sivuston Asialistalla.', terms)).toMatchObject([{ line: 2, term: { wrong: 'asialista' } }]);
    expect(wrongTerms('ei asiaa', terms)).toEqual([]);
  });
});
