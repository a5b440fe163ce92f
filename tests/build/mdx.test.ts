import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text, type ContentFile, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Live facts in a text: an .mdx content file places the site's components between its
 * paragraphs. On the built page each must be the same thing its own page shows, in the page's
 * language, where the file puts it, with the file's Markdown around it.
 *
 * The components are read from the files with a plain pattern (one per line, literal props,
 * as CONTRIBUTING.md tells communicators to write them), not with the site's parser.
 */

interface Placed {
  name: string;
  props: Record<string, string>;
  /** The text inside <Note>…</Note>. */
  children: string;
}

function componentsOf(body: string): Placed[] {
  const placed: Placed[] = [];
  for (const match of body.matchAll(/^<([A-Z]\w*)((?:\s+\w+="[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/\1>)/gm)) {
    const props = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    placed.push({ name: match[1]!, props, children: (match[3] ?? '').trim() });
  }
  return placed;
}

/** What a reader sees of a bit of Markdown: the words, without marks or link targets. */
const words = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim();

/** The element a component becomes, by what it is. */
const roots: Record<string, string> = {
  Chart: '.indicator-card',
  GoalList: '[data-goals], .goal-list',
  StatusSummary: '.status-summary, [data-no-measures]',
  Note: 'aside.note',
};
const allRoots = Object.values(roots).join(', ');

interface Shown {
  path: string;
  lang: string;
  folder: string;
  entry: ContentFile;
  /** The .mdx file the page shows: the entry's own, or its translation's. */
  file: ContentFile;
}

/** Every page that shows an .mdx text, with the file it shows. */
function pagesWithComponents(built: Site): Shown[] {
  const shown: Shown[] = [];
  for (const folder of ['pages', 'goal-areas', 'goals', 'development-areas', 'activities', 'indicators', 'initiatives']) {
    for (const entry of built.entries(folder)) {
      for (const lang of built.pageLanguages) {
        const file = lang === built.sourceLang ? entry : built.translation(lang, folder, entry.id);
        if (!file?.file.endsWith('.mdx')) continue;
        const path = built.entryPath(folder, entry.id, lang);
        if (built.has(path)) shown.push({ path, lang, folder, entry, file });
      }
    }
  }
  return shown;
}

/** The components placed in the prose of a page region, outermost only. */
function placedIn(region: Element): Element[] {
  return [...region.querySelectorAll(`.prose ${allRoots.split(', ').join(', .prose ')}`)].filter((element) => !element.parentElement?.closest(allRoots));
}

describe.each(siteNames)('components in the texts of the %s site', (name) => {
  const built = site(name);
  const shown = pagesWithComponents(built);
  // The full fixture uses every component; other content may use some or none.
  const mustHave = name === 'full';
  const each = <T,>(items: T[], what: string) => (mustHave ? nonEmpty(items, what) : items);

  it('puts each component where its file places it, as the site’s own, with the text around it', () => {
    const problems: string[] = [];
    for (const { path, file } of each(shown, '.mdx text')) {
      const main = built.page(path).querySelector('main')!;
      const placed = componentsOf(file.body);
      const found = placedIn(main);
      const expected = placed.map((component) => component.name);
      const actual = found.map((element) => Object.entries(roots).find(([, selector]) => element.matches(selector))?.[0]);
      if (actual.join() !== expected.join()) problems.push(`${path}: components ${actual.join()} in place of ${expected.join()}`);
      // The file's last words come after its last component, as they do in the file.
      const last = words(file.body.split(/^<\/?[A-Z]\w*[^\n]*$/m).at(-1)!).split(/[.:{]/)[0]!.trim();
      const prose = text(main.querySelector('.prose'));
      if (last && !prose.includes(last)) problems.push(`${path}: "${last}" is not shown`);
      if (/[{}]|<[A-Z]/.test(prose)) problems.push(`${path}: a brace or a component's name is shown as text`);
    }
    expect(problems).toEqual([]);
  });

  it('shows an indicator’s chart as the indicator’s goal page shows it, in the page’s language', () => {
    const problems: string[] = [];
    const charts = shown.flatMap((page) => componentsOf(page.file.body).filter((c) => c.name === 'Chart').map((component) => ({ page, component })));
    for (const { page, component } of each(charts, 'chart')) {
      const id = component.props.indicator!;
      const indicator = built.entries('indicators').find((entry) => entry.id === id)!;
      const goal = (indicator.data.goals as string[])[0]!;
      const lang = built.pageLanguages.includes(page.lang) && built.has(built.entryPath('goals', goal, page.lang)) ? page.lang : built.sourceLang;
      const onGoalPage = [...built.page(built.entryPath('goals', goal, lang)).querySelectorAll('.indicator-card')].find((card) =>
        card.querySelector(`a[href$="/indikatorer/${id}/"]`),
      );
      const inText = [...built.page(page.path).querySelectorAll('.prose .indicator-card')].find((card) => card.querySelector(`a[href$="/indikatorer/${id}/"]`));
      if (!inText) {
        problems.push(`${page.path}: no chart of ${id}`);
        continue;
      }
      if (text(inText) !== text(onGoalPage)) problems.push(`${page.path}: the chart of ${id} differs from the one on its goal's page`);
      if (!inText.querySelector('svg')) problems.push(`${page.path}: the chart of ${id} has no chart`);
      const link = inText.querySelector('a')!.getAttribute('href')!;
      if (!built.has(link.replace(/^https?:\/\/[^/]+/, ''))) problems.push(`${page.path}: the chart links to ${link}, which is not a page`);
    }
    expect(problems).toEqual([]);
  });

  it('lists a goal area’s goals as the area’s page does, and counts how they stand as the goals’ pages say', () => {
    const problems: string[] = [];
    const areasInOrder = built.entries('goal-areas').sort((a, b) => Number(a.data.order) - Number(b.data.order)).map((area) => area.id);
    const uses = shown.flatMap((page) => componentsOf(page.file.body).filter((c) => c.name === 'GoalList' || c.name === 'StatusSummary').map((component) => ({ page, component })));
    for (const { page, component } of each(uses, 'goal list or status summary')) {
      const areas = component.props.area ? [component.props.area] : areasInOrder;
      const lang = page.lang === built.easyToRead ? built.sourceLang : page.lang;
      const placed = placedIn(built.page(page.path).querySelector('main')!).filter((el) => el.matches(roots[component.name]!));
      if (component.name === 'GoalList') {
        // The goals of the area (or of each area, in order) as the area's page lists them.
        const onAreaPages = areas.map((area) => text(built.page(built.entryPath('goal-areas', area, lang)).querySelector('main [data-goals]'))).join(' | ');
        const inText = placed.map((el) => (el.matches('.goal-list') ? [...el.querySelectorAll('[data-goals]')].map(text).join(' | ') : text(el)));
        if (!inText.includes(onAreaPages)) problems.push(`${page.path}: <GoalList ${component.props.area ?? ''}> shows ${inText.join(' / ')}; the area pages list ${onAreaPages}`);
      } else {
        // How many goals stand at each status: the status each goal's own page gives it.
        const goals = built.entries('goals').filter((goal) => areas.includes(String(goal.data.area)));
        const counts = new Map<string, number>();
        for (const goal of goals) {
          const status = built.page(built.entryPath('goals', goal.id, lang)).querySelector('main .facts [data-progress]')?.getAttribute('data-progress');
          if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
        }
        const expected = [...counts].sort().join();
        const summaries = placed.map((el) =>
          [...el.querySelectorAll('[data-progress-count]')].map((item) => [item.getAttribute('data-progress-count'), Number(text(item.querySelector('strong')).replace(/\D/g, ''))]).sort().join(),
        );
        if (!summaries.includes(expected)) problems.push(`${page.path}: <StatusSummary ${component.props.area ?? ''}> counts ${summaries.join(' / ')}; the goals' pages say ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows a note’s Markdown as a note, and puts the components in the search index with the text', () => {
    const problems: string[] = [];
    const notes = shown.flatMap((page) => componentsOf(page.file.body).filter((c) => c.name === 'Note').map((component) => ({ page, component })));
    for (const { page, component } of each(notes, 'note')) {
      const document = built.page(page.path);
      const note = [...document.querySelectorAll('.prose aside.note')].find((el) => text(el) === words(component.children));
      if (!note) problems.push(`${page.path}: no note "${words(component.children)}"`);
      else if (!note.closest('[data-pagefind-body]')) problems.push(`${page.path}: the note is not in the searched region`);
      if (component.children.includes('**') && !note?.querySelector('strong')) problems.push(`${page.path}: the note's Markdown is not rendered`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the components of the texts the steering document holds, there too', () => {
    // Lättläst has no steering document of its own.
    const inDocument = shown.filter((page) => page.lang !== built.easyToRead && ['pages', 'goal-areas', 'goals', 'initiatives'].includes(page.folder) && (page.folder !== 'pages' || ['index', 'malstyrningsprocess'].includes(page.entry.id)));
    const problems: string[] = [];
    for (const { path, lang, file, entry } of each(inDocument, 'text in the steering document with components')) {
      const steeringPath = `${built.prefix(lang)}styrdokument/`;
      if (!built.has(steeringPath)) continue;
      const steering = built.page(steeringPath);
      const title = lang === built.sourceLang ? entry.data.title : file.data.title;
      const section = [...steering.querySelectorAll('main h2, main h3, main h4')].find((heading) => text(heading) === title)?.closest('section');
      if (!section) {
        problems.push(`${path}: no section "${title}" in the steering document`);
        continue;
      }
      const expected = componentsOf(file.body).map((component) => component.name);
      const found = placedIn(section).map((element) => Object.entries(roots).find(([, selector]) => element.matches(selector))?.[0]);
      if (!expected.every((name) => found.includes(name))) problems.push(`${path}: the steering document shows ${found.join()} of ${expected.join()}`);
    }
    expect(problems).toEqual([]);
  });
});
