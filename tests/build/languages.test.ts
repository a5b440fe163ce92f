import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownPageSegments } from '../../src/lib/routes.ts';
import { contentDir } from '../support/content.ts';
import { builtPages, languageOf, page, text, withoutLanguage } from '../support/dist.ts';

/*
 * Pages in Meänkieli, Finnish and English: real translations read as such; a page without one
 * shows the Swedish text marked as Swedish, under a notice in the reader's language.
 */

const folders: Record<string, string> = {
  malomraden: 'goal-areas',
  mal: 'goals',
  utvecklingsomraden: 'development-areas',
  aktiviteter: 'activities',
  indikatorer: 'indicators',
  initiativ: 'initiatives',
};

/** The translation file a page's text would come from, or undefined for pages of interface text only. */
function translationFile(lang: string, rest: string): string | undefined {
  const [first, second] = rest.split('/').filter(Boolean);
  if (!first) return join(contentDir, 'translations', lang, 'pages', 'index.md');
  // The site's own pages (contents, search, cookies …) are interface text only.
  if ((Object.values(ownPageSegments) as string[]).includes(first)) return undefined;
  if (second) return join(contentDir, 'translations', lang, folders[first]!, `${second}.md`);
  return join(contentDir, 'translations', lang, 'pages', `${first}.md`);
}

const translatedPaths = builtPages()
  .filter((path) => languageOf(path) !== 'sv')
  .map((path) => ({ path, lang: languageOf(path), rest: withoutLanguage(path).slice(1) }))
  .map((entry) => ({ ...entry, file: translationFile(entry.lang, entry.rest) }))
  .filter((entry) => entry.file !== undefined);

describe('pages in other languages', () => {
  it('exist', () => {
    expect(translatedPaths.length).toBeGreaterThan(30);
  });

  it.each(translatedPaths)('$path shows a translation, or Swedish under a notice', ({ path, lang, rest, file }) => {
    const document = page(path);
    const h1 = document.querySelector('h1')!;
    const notice = document.querySelector('.notice--fallback');
    if (existsSync(file!)) {
      expect(notice).toBeNull();
      expect(h1.getAttribute('lang')).toBeNull();
      expect(document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)).not.toBeNull();
    } else {
      expect(notice, 'fallback notice').not.toBeNull();
      expect(notice!.closest('[lang]')!.getAttribute('lang')).toBe(lang);
      expect(notice!.querySelector('a')!.getAttribute('href')).toBe(`/${rest}`);
      expect(h1.getAttribute('lang')).toBe('sv');
      expect(document.querySelector('link[rel="alternate"]'), 'no alternates on a fallback page').toBeNull();
      expect(text(page(`/${rest}`).querySelector('h1'))).toBe(text(h1));
    }
  });
});
