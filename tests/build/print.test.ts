import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* Every page prints from the same stylesheet, and the document holds the whole model in order, in the municipality's levels. */

const byOrder = (a: { data: Record<string, unknown> }, b: { data: Record<string, unknown> }) => Number(a.data.order) - Number(b.data.order);

describe.each(siteNames)('printing the %s site', (name) => {
  const built = site(name);
  const pages = nonEmpty(built.pages(), 'page');

  it('loads the stylesheet with the print rules on every page, and says where the paper came from', () => {
    const sheets = new Map<string, string>();
    const problems = pages.flatMap((path) => {
      const document = built.page(path);
      const href = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')!).find((h) => h.startsWith('/_astro/'));
      if (!href) return [`${path}: no stylesheet`];
      if (!sheets.has(href)) sheets.set(href, readFileSync(built.fileOf(href), 'utf8'));
      if (!/@media print\s*\{[^]*@page/.test(sheets.get(href)!)) return [`${path}: no print rules`];
      if (!document.querySelector('.print-meta [data-print-date]')) return [`${path}: no print date`];
      // Where the site's address is not known, the reader's address is written in when printing.
      const address = document.querySelector('.print-meta [data-print-address]');
      if ((address === null) !== Boolean(built.settings.siteUrl)) return [`${path}: print address ${address ? 'left to the browser' : 'given'}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('gives every entry’s page a print button that stays hidden until a script can print', () => {
    const problems = pages
      .filter((path) => built.entryAt(path) && built.withoutLanguage(path) !== '/')
      .filter((path) => {
        const button = built.page(path).querySelector('button[data-print-button]');
        return !button || button.hasAttribute('data-ready') || text(button) !== built.ui(built.languageOf(path)).print.button;
      });
    expect(problems).toEqual([]);
  });

  it('links the whole steering document from the start page and the process page, in every language', () => {
    for (const lang of built.languages) {
      for (const path of [built.prefix(lang), built.entryPath('pages', 'malstyrningsprocess', lang)].filter((path) => built.has(path))) {
        expect([...built.page(path).querySelectorAll('main a')].map((a) => a.getAttribute('href')), path).toContain(`${built.prefix(lang)}styrdokument/`);
      }
    }
  });

  describe.each(built.languages)('the steering document in %s', (lang) => {
    const document = built.page(`${built.prefix(lang)}styrdokument/`);
    const ids = (attribute: string, within: Element | Document = document) => [...within.querySelectorAll(`[${attribute}]`)].map((el) => el.getAttribute(attribute));
    const areas = [...built.entries('goal-areas')].sort(byOrder);
    const goals = built.entries('goals');
    const developmentAreas = built.entries('development-areas');
    const activities = built.entries('activities');
    const indicators = built.entries('indicators');

    it('has every goal area in order, each with its goals in order', () => {
      expect(ids('data-document-area')).toEqual(nonEmpty(areas, 'goal area').map((area) => area.id));
      for (const area of areas) {
        const section = document.querySelector(`[data-document-area="${area.id}"]`)!;
        expect(ids('data-document-goal', section)).toEqual(goals.filter((goal) => goal.data.area === area.id).sort(byOrder).map((goal) => goal.id));
      }
    });

    it('has under each goal its development areas with their activities, and its indicators', () => {
      for (const goal of goals) {
        const section = document.querySelector(`[data-document-goal="${goal.id}"]`)!;
        const served = developmentAreas.filter((area) => (area.data.goals as string[]).includes(goal.id)).map((area) => area.id);
        expect(ids('data-document-development-area', section).sort()).toEqual(served.sort());
        for (const areaId of served) {
          const block = section.querySelector(`[data-document-development-area="${areaId}"]`)!;
          expect(ids('data-document-activity', block)).toEqual(activities.filter((a) => a.data.developmentArea === areaId).sort(byOrder).map((a) => a.id));
        }
        const measured = indicators.filter((indicator) => (indicator.data.goals as string[]).includes(goal.id)).map((i) => i.id);
        expect(ids('data-document-indicator', section).sort()).toEqual(measured.sort());
      }
    });

    it('keeps the example label on examples', () => {
      for (const goal of goals.filter((g) => g.data.illustrative)) {
        expect(document.querySelector(`[data-document-goal="${goal.id}"] .provenance--illustrative`), goal.id).not.toBeNull();
      }
      for (const row of document.querySelectorAll('[data-document-activity]')) {
        const activity = activities.find((a) => a.id === row.getAttribute('data-document-activity'))!;
        if (activity.data.illustrative) expect(row.querySelector('.tag')).not.toBeNull();
      }
    });

    it('has a table of contents that links to every area', () => {
      const links = [...document.querySelectorAll('.document__toc a')].map((a) => a.getAttribute('href'));
      for (const area of areas) expect(links).toContain(`#area-${area.id}`);
    });

    it('says what it holds in the municipality’s words, naming no level it does not use', () => {
      const t = built.ui(lang);
      const intro = text(document.querySelector('.document__cover p:not(.kicker)'));
      const levels = [
        ['development-areas', t.levels.developmentArea.plural],
        ['activities', t.levels.activity.plural],
        ['indicators', t.levels.indicator.plural],
      ] as const;
      expect(intro.toLowerCase()).toContain(t.levels.goalArea.plural.toLowerCase());
      for (const [folder, words] of levels) expect(intro.toLowerCase().includes(words.toLowerCase()), `${folder} in "${intro}"`).toBe(built.entries(folder).length > 0);
    });
  });
});
