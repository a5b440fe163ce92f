import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content.ts';
import { builtPages, fileOf, page, text } from '../support/dist.ts';

/* The built site against the content it was built from: every entry has its page in every language. */

const prefixes = { sv: '/', fit: '/fit/', fi: '/fi/', en: '/en/' } as const;
const langs = Object.keys(prefixes) as (keyof typeof prefixes)[];
const segments = {
  'goal-areas': 'malomraden',
  goals: 'mal',
  'development-areas': 'utvecklingsomraden',
  activities: 'aktiviteter',
  indicators: 'indikatorer',
  initiatives: 'initiativ',
} as const;

const pages = builtPages();

describe('the built site', () => {
  it('has pages at all', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  for (const [folder, segment] of Object.entries(segments)) {
    it(`has a page for every entry of content/${folder} in every language`, () => {
      const entries = contentFiles(folder);
      expect(entries.length).toBeGreaterThan(0);
      for (const lang of langs) {
        for (const entry of entries) {
          const path = `${prefixes[lang]}${segment}/${entry.id}/`;
          expect(existsSync(fileOf(path)), `${path} is missing`).toBe(true);
        }
      }
    });
  }

  it('has a page for every page of content/pages in every language, the start page at the root', () => {
    for (const lang of langs) {
      for (const entry of contentFiles('pages')) {
        const path = entry.id === 'index' ? prefixes[lang] : `${prefixes[lang]}${entry.id}/`;
        expect(existsSync(fileOf(path)), `${path} is missing`).toBe(true);
      }
      expect(existsSync(fileOf(`${prefixes[lang]}innehall/`))).toBe(true);
    }
    expect(existsSync(fileOf('/404.html'))).toBe(true);
  });

  it('gives each goal area page its title as h1 and lists the area’s goals', () => {
    const goals = contentFiles('goals');
    for (const area of contentFiles('goal-areas')) {
      const document = page(`/malomraden/${area.id}/`);
      expect(text(document.querySelector('h1'))).toBe(area.data.title);
      const linked = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      for (const goal of goals.filter((g) => g.data.area === area.id)) expect(linked).toContain(`/mal/${goal.id}/`);
    }
  });

  it('marks every illustrative entry with the example label on its own page', () => {
    for (const [folder, segment] of Object.entries(segments)) {
      for (const entry of contentFiles(folder).filter((e) => e.data.illustrative === true)) {
        const document = page(`/${segment}/${entry.id}/`);
        expect(text(document.querySelector('main .provenance--illustrative')), `${folder}/${entry.id}`).toContain('Exempeltext');
      }
    }
  });

  it('shows no example label on the municipality’s own text', () => {
    for (const entry of contentFiles('goal-areas').filter((e) => !e.data.illustrative)) {
      expect(page(`/malomraden/${entry.id}/`).querySelector('main .provenance--illustrative')).toBeNull();
    }
  });
});
