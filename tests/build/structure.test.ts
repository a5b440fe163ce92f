import { describe, expect, it } from 'vitest';
import { builtPages, languageOf, page, text, withoutLanguage } from '../support/dist.ts';

/* What every page has, whatever it shows: language, one h1, landmarks, skip link, switcher. */

const endonyms = { sv: 'Svenska', fit: 'Meänkieli', fi: 'Suomi', en: 'English' } as const;

describe.each(builtPages())('%s', (path) => {
  const document = page(path);

  it('declares the language of its URL on <html>', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(languageOf(path));
  });

  it('has exactly one h1, a title and a description', () => {
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(text(document.querySelector('title')).length).toBeGreaterThan(5);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(5);
  });

  it('has a skip link first (after the cookie question, which comes before everything), pointing at main', () => {
    const first = [...document.querySelectorAll('body a')].find((a) => !a.closest('[data-consent-notice]'));
    expect(first?.getAttribute('href')).toBe('#main');
    expect(document.querySelectorAll('main#main')).toHaveLength(1);
    expect(document.querySelectorAll('header')).not.toHaveLength(0);
    expect(document.querySelectorAll('footer')).not.toHaveLength(0);
  });

  it('labels every navigation landmark', () => {
    for (const nav of document.querySelectorAll('nav')) {
      const labelledBy = nav.getAttribute('aria-labelledby');
      const label = labelledBy ? text(document.getElementById(labelledBy)) : nav.getAttribute('aria-label');
      expect(label?.length, nav.outerHTML.slice(0, 80)).toBeGreaterThan(0);
    }
  });

  it('has a language switcher of links in each language, the current one marked', () => {
    const links = [...document.querySelectorAll('nav.language-switcher a')];
    expect(links.map((a) => [a.getAttribute('lang'), a.getAttribute('hreflang'), text(a)])).toEqual(
      Object.entries(endonyms).map(([lang, name]) => [lang, lang, name]),
    );
    const current = links.filter((a) => a.hasAttribute('aria-current'));
    expect(current.map((a) => a.getAttribute('lang'))).toEqual([languageOf(path)]);
  });

  it('switches language to the same page', () => {
    if (path === '/404.html') return;
    const neutral = withoutLanguage(path);
    for (const a of document.querySelectorAll('nav.language-switcher a')) {
      const lang = a.getAttribute('lang')!;
      expect(a.getAttribute('href')).toBe(lang === 'sv' ? neutral : `/${lang}${neutral}`);
    }
  });
});
