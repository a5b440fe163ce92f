import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content.ts';
import { builtPages, fileOf, page, text } from '../support/dist.ts';

/* Every page prints from the same stylesheet, and the document holds the whole model in order. */

describe('printing', () => {
  it('loads the stylesheet with the print rules on every page', () => {
    const sheets = new Map<string, string>();
    for (const path of builtPages()) {
      const links = [...page(path).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')!);
      const site = links.find((href) => href.startsWith('/_astro/'));
      expect(site, path).toBeDefined();
      if (!sheets.has(site!)) sheets.set(site!, readFileSync(fileOf(site!), 'utf8'));
      expect(sheets.get(site!), path).toMatch(/@media print\s*\{[^]*@page/);
      expect(page(path).querySelector('.print-meta [data-print-date]'), path).not.toBeNull();
    }
  });

  it('gives content pages a print button that stays hidden until a script can print', () => {
    for (const path of ['/mal/fler-bostader/', '/en/malomraden/demokrati/', '/styrdokument/']) {
      const button = page(path).querySelector('button[data-print-button]');
      expect(button?.hasAttribute('hidden'), path).toBe(true);
    }
    expect(text(page('/fit/mal/fler-bostader/').querySelector('button[data-print-button]'))).toBe('Printtaa');
  });

  it('links the whole steering document from the start page and the process page, in every language', () => {
    for (const prefix of ['/', '/fit/', '/fi/', '/en/']) {
      for (const path of [prefix, `${prefix}malstyrningsprocess/`]) {
        expect([...page(path).querySelectorAll('main a')].map((a) => a.getAttribute('href')), path).toContain(`${prefix}styrdokument/`);
      }
    }
  });
});

describe('the steering document', () => {
  const areas = contentFiles('goal-areas').sort((a, b) => Number(a.data.order) - Number(b.data.order));
  const goals = contentFiles('goals');
  const developmentAreas = contentFiles('development-areas');
  const activities = contentFiles('activities');
  const indicators = contentFiles('indicators');

  describe.each(['/', '/fit/', '/fi/', '/en/'])('%sstyrdokument/', (prefix) => {
    const document = page(`${prefix}styrdokument/`);
    const ids = (attribute: string, within: Element | Document = document) => [...within.querySelectorAll(`[${attribute}]`)].map((el) => el.getAttribute(attribute));

    it('has every goal area in order, each with its goals in order', () => {
      expect(ids('data-document-area')).toEqual(areas.map((area) => area.id));
      for (const area of areas) {
        const section = document.querySelector(`[data-document-area="${area.id}"]`)!;
        const expected = goals.filter((goal) => goal.data.area === area.id).sort((a, b) => Number(a.data.order) - Number(b.data.order));
        expect(ids('data-document-goal', section)).toEqual(expected.map((goal) => goal.id));
      }
    });

    it('has under each goal its development areas with their activities, and its indicators', () => {
      for (const goal of goals) {
        const section = document.querySelector(`[data-document-goal="${goal.id}"]`)!;
        const served = developmentAreas.filter((area) => (area.data.goals as string[]).includes(goal.id)).map((area) => area.id);
        expect(ids('data-document-development-area', section).sort()).toEqual(served.sort());
        for (const areaId of served) {
          const block = section.querySelector(`[data-document-development-area="${areaId}"]`)!;
          const ordered = activities.filter((a) => a.data.developmentArea === areaId).sort((a, b) => Number(a.data.order) - Number(b.data.order));
          expect(ids('data-document-activity', block)).toEqual(ordered.map((a) => a.id));
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
  });
});
