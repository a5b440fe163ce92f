import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';

/*
 * A language added by files alone, written right to left: Arabic in the full fixture (settings
 * entry, interface/ar.yml, a few translations; `fallback: none`). Its pages run right to left,
 * Swedish inside them left to right, and charts keep time running left to right.
 */

const built = site('full');
const rtl = built.settings.languages.filter((language) => language.dir === 'rtl');

describe('a right-to-left language in the full fixture', () => {
  it('is there, with only its translated pages', () => {
    expect(rtl.map((language) => language.code)).toEqual(['ar']);
    const pages = nonEmpty(built.pages().filter((path) => built.languageOf(path) === 'ar'), 'Arabic page');
    const entries = pages.map((path) => built.entryAt(path)).filter(Boolean);
    expect(entries.every((shown) => built.translation('ar', shown!.folder, shown!.entry.id))).toBe(true);
  });

  it('marks every Swedish text on an Arabic page as Swedish, written left to right', () => {
    const problems: string[] = [];
    for (const path of built.pages().filter((p) => built.languageOf(p) === 'ar')) {
      for (const element of built.page(path).querySelectorAll('main [lang="sv"], header [lang="sv"]')) {
        if (element.getAttribute('dir') !== 'ltr' && element.closest('[dir="ltr"]') === null) problems.push(`${path}: "${text(element).slice(0, 40)}" has no dir="ltr"`);
      }
    }
    expect(problems).toEqual([]);
    // There is Swedish to mark: the titles of areas with no Arabic translation.
    expect(built.page('/ar/').querySelectorAll('main [lang="sv"][dir="ltr"]').length).toBeGreaterThan(0);
  });

  it('links untranslated entries to their Swedish pages, never to an Arabic page that does not exist', () => {
    const problems = built
      .pages()
      .filter((path) => built.languageOf(path) === 'ar')
      .flatMap((path) => [...built.page(path).querySelectorAll('a[href^="/ar/"]')].map((a) => a.getAttribute('href')!.split('#')[0]!).filter((href) => !built.has(href)).map((href) => `${path} → ${href}`));
    expect(problems).toEqual([]);
  });

  it('names itself in the language switcher in its own script and direction', () => {
    const link = [...built.page('/').querySelectorAll('nav.language-switcher a')].find((a) => a.getAttribute('lang') === 'ar');
    expect(text(link)).toBe('العربية');
    expect(link?.getAttribute('dir')).toBe('rtl');
  });
});
