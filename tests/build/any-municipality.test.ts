import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';

/*
 * A municipality with words of its own and fewer levels: nothing on its site is the default
 * municipality's, in any language it publishes: not its name, not the words of its levels, not
 * a level it does not use.
 */

const built = site('small');
const full = site('full');

/** The default words this municipality does not use, as any page of the product would write them. */
function wordsNotUsed(lang: string): string[] {
  const own = built.ui(lang).levels;
  const product = full.ui(lang).levels;
  return [
    product.goalArea.singular,
    product.goalArea.plural,
    product.goal.singular,
    product.goal.plural,
    product.developmentArea.singular,
    product.developmentArea.plural,
    product.activity.plural,
    product.indicator.plural,
    product.initiative.plural,
    full.ui(lang).progress.status.noData,
    full.ui(lang).siteTitle,
  ].filter((word) => !Object.values(own).some((words) => words.singular === word || words.plural === word));
}

/** Every text a page holds, each text node and labelling attribute apart, so that words keep their edges. */
function everyText(document: Document): string {
  const texts: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'alt', 'content', 'placeholder']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value);
    }
    for (const node of element.childNodes) if (node.nodeType === 3) texts.push(node.textContent ?? '');
  }
  return texts.join(' | ');
}

describe('the site of a municipality with other words and fewer levels', () => {
  it('publishes in its two languages only', () => {
    expect(built.languages).toEqual(['sv', 'en']);
    expect(built.pages().filter((path) => /^\/(fit|fi)\//.test(path))).toEqual([]);
  });

  it.each(['sv', 'en'])('names in %s neither the default municipality nor the default words of the levels, anywhere', (lang) => {
    const forbidden = [...wordsNotUsed(lang), 'Övertorneå', 'Fjällby', 'Meänkieli', 'meänkieli'];
    const pages = nonEmpty(built.pages().filter((path) => built.languageOf(path) === lang), `page in ${lang}`);
    const found = pages.flatMap((path) => {
      const all = everyText(built.page(path));
      return forbidden.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(all)).map((word) => `${path}: "${word}"`);
    });
    expect(found).toEqual([]);
  });

  it.each(['sv', 'en'])('uses its own words in %s: headings, kickers, breadcrumbs and the site’s title', (lang) => {
    const t = built.ui(lang);
    const area = built.entries('goal-areas')[0]!;
    const goal = built.entries('goals').find((g) => g.data.area === area.id)!;
    const areaPage = built.page(built.entryPath('goal-areas', area.id, lang));
    expect(text(areaPage.querySelector('main .kicker'))).toBe(t.levels.goalArea.singular);
    expect([...areaPage.querySelectorAll('main h2')].map(text)).toContain(t.levels.goal.plural);
    const goalPage = built.page(built.entryPath('goals', goal.id, lang));
    expect(text(goalPage.querySelector('main .kicker'))).toBe(t.levels.goal.singular);
    expect(text(goalPage.querySelector('main .facts dt'))).toBe(t.levels.goalArea.singular);
    expect(text(built.page(built.prefix(lang)).querySelector('.brand__title'))).toBe(t.siteTitle);
    expect(t.siteTitle).toBe(lang === 'sv' ? 'Vision och mål' : 'Vision and goals');
  });

  it('shows no empty level: no section, heading or "none yet" for development areas, activities or measures', () => {
    const t = built.ui('sv');
    const empty = [full.ui('sv').levels.developmentArea.none, full.ui('sv').levels.activity.none, full.ui('sv').levels.indicator.none, t.levels.indicator.plural];
    const found = built.pages().flatMap((path) => empty.filter((words) => text(built.page(path).querySelector('main')).includes(words)).map((words) => `${path}: "${words}"`));
    expect(found).toEqual([]);
    expect(built.pages().filter((path) => built.page(path).querySelector('#development-areas, #indicators, #activities'))).toEqual([]);
  });
});
