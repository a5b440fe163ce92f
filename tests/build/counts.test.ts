import { describe, expect, it } from 'vitest';
import { fill, selectPlural, type Plural } from '../../src/i18n/format.ts';
import { nonEmpty, site, text, type ContentFile, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Numbers in prose are the content's numbers, in the municipality's words for its levels, not
 * what someone once typed; a count that includes examples says so after the words.
 */

/** "6 målområden", "18 övergripande mål (exempel)": a count as the page must write it. */
function phrase(built: Site, lang: string, words: Plural, entries: ContentFile[], n: string = String(entries.length)): string {
  const locales = built.settings.languages.find((l) => l.code === lang)!.locales;
  const number = new Intl.NumberFormat(locales).format(entries.length);
  const counted = fill(selectPlural(words, entries.length, locales), { n: n === String(entries.length) ? number : n });
  return entries.some((entry) => entry.data.illustrative === true) ? `${counted} (${built.ui(lang).illustrative.count})` : counted;
}

describe.each(siteNames)('counts on the %s site', (name) => {
  const built = site(name);
  const areas = built.entries('goal-areas');
  const goals = built.entries('goals');
  const levels = [
    { folder: 'development-areas', level: 'developmentArea', sentence: 'boards', gap: 'developmentAreas' },
    { folder: 'activities', level: 'activity', sentence: 'administrations', gap: 'activities' },
    { folder: 'indicators', level: 'indicator', sentence: 'indicators', gap: 'indicators' },
  ] as const;

  it.each(built.languages)('draws the model on the start page in %s with the content’s counts, and no step for a level nobody uses', (lang) => {
    const t = built.ui(lang);
    const steps = [...built.page(built.prefix(lang)).querySelectorAll('.model__steps li')].map(text);
    const expected = [
      t.model.vision,
      fill(t.model.council, { goalAreas: phrase(built, lang, t.levels.goalArea.count, areas), goals: phrase(built, lang, t.levels.goal.count, goals) }),
      ...levels
        .filter(({ folder }) => built.entries(folder).length > 0)
        .map(({ folder, level, sentence, gap }) => fill(t.model[sentence], { [gap]: phrase(built, lang, t.levels[level].count, built.entries(folder)) })),
    ];
    expect(steps).toEqual(expected);
  });

  it('fills the counts a text asks for, in the words of the text’s language', () => {
    const asking = built.entries('pages').filter((page) => page.body.includes('{antal målområden}') || page.body.includes('{antal mål}'));
    for (const page of asking) {
      const shown = text(built.page(built.entryPath('pages', page.id)).querySelector('main .prose'));
      const t = built.ui(built.sourceLang).levels;
      if (page.body.includes('{antal målområden}')) expect(shown, page.id).toContain(phrase(built, built.sourceLang, t.goalArea.count, areas));
      if (page.body.includes('{antal mål}')) expect(shown, page.id).toContain(phrase(built, built.sourceLang, t.goal.count, goals));
      expect(shown, page.id).not.toMatch(/\{antal [^}]*\}/);
    }
  });

  it('lists every goal area in order where a text asks for the list', () => {
    const asking = built.entries('pages').filter((page) => page.body.includes('{lista målområden}'));
    const ordered = [...nonEmpty(areas, 'goal area')].sort((a, b) => Number(a.data.order) - Number(b.data.order)).map((area) => area.data.title);
    for (const page of asking) {
      const listed = [...built.page(built.entryPath('pages', page.id)).querySelectorAll('main .prose li a')].map(text);
      expect(listed, page.id).toEqual(ordered);
    }
  });
});

describe('counts in the full fixture', () => {
  const built = site('full');

  it('are asked for by its process page, per area as a range, marked as examples after the words', () => {
    const goals = built.entries('goals');
    const perArea = built.entries('goal-areas').map((area) => goals.filter((goal) => goal.data.area === area.id).length);
    const [min, max] = [Math.min(...perArea), Math.max(...perArea)];
    expect(min).not.toBe(max);
    const shown = text(built.page('/malstyrningsprocess/').querySelector('main .prose'));
    expect(shown).toContain(`${min}–${max} övergripande mål (exempel)`);
    expect(shown).toContain(`totalt ${goals.length} övergripande mål (exempel)`);
    const english = text(built.page('/en/malstyrningsprocess/').querySelector('main .prose'));
    expect(english, 'a Swedish text shown on the English site counts in Swedish').toContain(`${goals.length} övergripande mål (exempel)`);
  });
});
