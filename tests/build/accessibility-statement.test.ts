import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content.ts';
import { builtPages, languageOf, page, text } from '../support/dist.ts';

/* The accessibility statement the law asks for, in every language, from every page. */

const problems = contentFiles('accessibility-problems');

describe.each(['/', '/fit/', '/fi/', '/en/'])('the statement at %stillganglighet/', (prefix) => {
  const document = page(`${prefix}tillganglighet/`);

  it('states the compliance level from the known problems', () => {
    expect(document.querySelector('[data-compliance]')?.getAttribute('data-compliance')).toBe(problems.length > 0 ? 'partial' : 'full');
  });

  it('lists every known problem from content/accessibility-problems', () => {
    expect([...document.querySelectorAll('[data-problem]')].map((el) => el.getAttribute('data-problem')).sort()).toEqual(problems.map((p) => p.id).sort());
  });

  it('says how to report a problem, where to complain (DIGG), how it was tested and when', () => {
    const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.digg.se/tdosanmalan');
    expect(links.some((href) => href?.endsWith('/issues'))).toBe(true);
    expect(text(document.querySelector('main'))).toMatch(/WCAG 2\.1/);
    expect(text(document.querySelector('main'))).toMatch(/20\d\d/);
  });
});

describe('the statement', () => {
  it('is linked from the footer of every page, in the page’s language', () => {
    for (const path of builtPages()) {
      const lang = languageOf(path);
      const prefix = lang === 'sv' ? '/' : `/${lang}/`;
      const links = [...page(path).querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      expect(links, path).toContain(`${prefix}tillganglighet/`);
    }
  });

  it('is called Tillgänglighetsredogörelse in Swedish', () => {
    expect(text(page('/tillganglighet/').querySelector('h1'))).toBe('Tillgänglighetsredogörelse');
  });
});
