import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * The accessibility statement the law asks for, in every language, from every page. It says
 * that the municipality assessed the site only where the settings name who did and when;
 * until then it is a draft and says so.
 */

describe.each(siteNames)('the accessibility statement of the %s site', (name) => {
  const built = site(name);
  const problems = built.entries('accessibility-problems');
  const { accessibility, repository, municipality } = built.settings;
  const assessed = Boolean(accessibility.assessedBy && accessibility.assessed);

  it.each(built.languages)('in %s states compliance and every known problem', (lang) => {
    const document = built.page(`${built.prefix(lang)}tillganglighet/`);
    expect(document.querySelector('[data-compliance]')?.getAttribute('data-compliance')).toBe(problems.length > 0 ? 'partial' : 'full');
    expect([...document.querySelectorAll('[data-problem]')].map((el) => el.getAttribute('data-problem')).sort()).toEqual(problems.map((p) => p.id));
  });

  it.each(built.languages)('in %s says where to complain, and links to the contact and the issue list only where they are known', (lang) => {
    const document = built.page(`${built.prefix(lang)}tillganglighet/`);
    const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.digg.se/tdosanmalan');
    expect(links.includes(`${repository?.url}/issues`)).toBe(repository !== undefined);
    expect(links.some((href) => href?.endsWith('/issues'))).toBe(repository !== undefined);
    expect(links.includes(municipality.website ?? '')).toBe(municipality.website !== undefined);
  });

  it.each(built.languages)(assessed ? 'in %s says who assessed the site and when' : 'in %s is a draft, and claims no assessment', (lang) => {
    const t = built.ui(lang).accessibility;
    const document = built.page(`${built.prefix(lang)}tillganglighet/`);
    const main = text(document.querySelector('main'));
    expect(main).toContain(t.automated);
    expect(document.querySelector('[data-statement-draft]') !== null).toBe(!assessed);
    if (assessed) {
      expect(text(document.querySelector('[data-assessed]'))).toContain(accessibility.assessedBy!);
      expect(document.querySelector('[data-assessed] [lang]')?.getAttribute('lang') ?? built.sourceLang).toBe(built.sourceLang);
    } else {
      expect(text(document.querySelector('[data-statement-draft]'))).toContain(t.draft);
      expect(document.querySelector('[data-assessed]')).toBeNull();
    }
  });

  it('is linked from the footer of every page, in the page’s language', () => {
    const unlinked = nonEmpty(built.pages(), 'page').filter((path) => {
      const links = [...built.page(path).querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      return !links.includes(`${built.ownPagesPrefix(built.languageOf(path))}tillganglighet/`);
    });
    expect(unlinked).toEqual([]);
  });
});

describe('the statement in Swedish', () => {
  it('is called Tillgänglighetsredogörelse, and claims no self-assessment', () => {
    for (const name of ['content', 'full', 'small'] as const) {
      const document = site(name).page('/tillganglighet/');
      expect(text(document.querySelector('h1'))).toBe('Tillgänglighetsredogörelse');
      expect(text(document.querySelector('main'))).not.toMatch(/självskattning/);
    }
  });
});
