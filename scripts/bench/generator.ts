/*
 * Synthetic content for `npm run bench`: a steering model of any size that passes every rule the
 * build checks (schemas, references, order among siblings, value years, file names, required
 * pages, placeholders), with translations whose fingerprints match their Swedish source.
 *
 * Scale 1 has as many entries per folder (and translations per language and folder) as the
 * content it is measured against, by default the project's content/; scale n has n times as many.
 * Everything comes from a seeded pseudo-random generator: the same seed, scale and profile give
 * the same files byte for byte.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionFolders, requiredPages, translationsFolder, type CollectionName } from '../../src/config/content.ts';
import { languages, sourceLang, type Lang } from '../../src/config/languages.ts';
import { settings, settingsFileName } from '../../src/lib/settings.ts';
import { collectionRouteKinds } from '../../src/lib/routes.ts';
import { sourceHash } from '../../src/lib/translation-hash.ts';
import { stringify } from 'yaml';

export type Folder = (typeof collectionFolders)[CollectionName];
export type TargetLang = Exclude<Lang, 'sv'>;

export const folders = Object.values(collectionFolders) as Folder[];
export const targetLanguages = languages.filter((lang): lang is TargetLang => lang !== sourceLang);

/** How much content "scale 1" is: entries per folder, and translations per language and folder. */
export interface Profile {
  counts: Record<Folder, number>;
  translations: Record<TargetLang, Partial<Record<Folder, number>>>;
}

/**
 * A profile of about the project's default content when the benchmark was written, used when no
 * content folder is measured (the unit tests): its entry counts, and in each language the settings
 * publish, translations of the goal areas, goals, initiatives and pages.
 */
export const fallbackProfile: Profile = {
  counts: {
    'goal-areas': 6,
    goals: 18,
    organisations: 8,
    'development-areas': 19,
    activities: 36,
    indicators: 18,
    initiatives: 3,
    pages: 2,
    'accessibility-problems': 2,
  },
  translations: Object.fromEntries(targetLanguages.map((lang) => [lang, { 'goal-areas': 6, goals: 18, initiatives: 3, pages: 2 }])) as Profile['translations'],
};

const markdownFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : []);

/** Counts the entries and translations of a content folder: what scale 1 means. */
export function profileOf(contentDir: string): Profile {
  const counts = Object.fromEntries(folders.map((folder) => [folder, markdownFiles(join(contentDir, folder)).length])) as Record<Folder, number>;
  const translations = Object.fromEntries(
    targetLanguages.map((lang) => [
      lang,
      Object.fromEntries(
        folders
          .map((folder) => [folder, markdownFiles(join(contentDir, translationsFolder, lang, folder)).length] as const)
          .filter(([, count]) => count > 0),
      ),
    ]),
  ) as Record<TargetLang, Partial<Record<Folder, number>>>;
  return { counts, translations };
}

/** mulberry32: a small, fast, seeded generator; good enough for filler, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

// Filler that looks like the language it stands for; the words mean nothing together.
const words: Record<Lang, readonly string[]> = {
  sv: [
    'kommunen', 'invånare', 'service', 'utveckling', 'hållbar', 'trygg', 'samverkan', 'bättre', 'stöd', 'skolan',
    'omsorgen', 'näringslivet', 'boende', 'miljön', 'digital', 'delaktighet', 'unga', 'äldre', 'arbete', 'kvalitet',
    'tillgänglig', 'förbättra', 'öka', 'minska', 'stärka', 'utveckla', 'verksamheten', 'föreningar', 'byarna', 'älvdalen',
    'kultur', 'språk', 'energi', 'trafik', 'resor', 'bredband', 'företag', 'besökare', 'hälsa', 'barn', 'familjer',
    'lärande', 'vuxna', 'utbildning', 'tjänster', 'information', 'dialog', 'ansvar', 'planering', 'uppföljning',
    'resultat', 'insatser', 'under', 'året', 'med', 'för', 'och', 'i', 'på', 'till', 'av', 'som', 'ska', 'alla', 'fler',
    'nya', 'gemensam', 'långsiktig', 'lokal', 'regional', 'snabbare', 'enklare', 'tydligare', 'effektiv', 'nämnden',
  ],
  en: [
    'the', 'municipality', 'residents', 'services', 'development', 'sustainable', 'safe', 'cooperation', 'better',
    'support', 'school', 'care', 'business', 'housing', 'environment', 'digital', 'participation', 'young', 'people',
    'older', 'work', 'quality', 'accessible', 'improve', 'increase', 'reduce', 'strengthen', 'develop', 'partnership',
    'associations', 'villages', 'valley', 'culture', 'language', 'energy', 'traffic', 'travel', 'broadband', 'companies',
    'visitors', 'health', 'children', 'families', 'learning', 'adults', 'education', 'information', 'dialogue',
    'responsibility', 'planning', 'results', 'during', 'year', 'with', 'for', 'and', 'in', 'to', 'of', 'all', 'more',
    'new', 'shared', 'local', 'regional', 'faster', 'simpler', 'clearer', 'board',
  ],
  fi: [
    'kunta', 'asukkaat', 'palvelu', 'kehitys', 'kestävä', 'turvallinen', 'yhteistyö', 'parempi', 'tuki', 'koulu',
    'hoiva', 'elinkeino', 'asuminen', 'ympäristö', 'digitaalinen', 'osallisuus', 'nuoret', 'ikäihmiset', 'työ', 'laatu',
    'saavutettava', 'parantaa', 'lisätä', 'vähentää', 'vahvistaa', 'kehittää', 'toiminta', 'yhdistykset', 'kylät',
    'laakso', 'kulttuuri', 'kieli', 'energia', 'liikenne', 'matkat', 'yritykset', 'matkailijat', 'terveys', 'lapset',
    'perheet', 'oppiminen', 'aikuiset', 'koulutus', 'tieto', 'vuoropuhelu', 'vastuu', 'suunnittelu', 'seuranta',
    'tulokset', 'vuoden', 'aikana', 'ja', 'kanssa', 'kaikki', 'uusi', 'yhteinen', 'paikallinen', 'alueellinen', 'lautakunta',
  ],
  fit: [
    'kunta', 'asukhaat', 'palvelu', 'kehitys', 'kestävä', 'turvalinen', 'yhtheistyö', 'parempi', 'tuki', 'koulu',
    'hoito', 'elinkeino', 'asuminen', 'ympäristö', 'osalisuus', 'nuoret', 'vanhaat', 'työ', 'laatu', 'paranttaa',
    'lisätä', 'vähentää', 'vahvistaa', 'kehittää', 'toiminta', 'yhistykset', 'kylät', 'laakso', 'kulttuuri', 'kieli',
    'meänkieli', 'energia', 'liikenne', 'yritykset', 'terveys', 'lapset', 'perheet', 'oppiminen', 'aikuiset', 'koulutus',
    'tieto', 'vastuu', 'suunnittelu', 'tulokset', 'vuen', 'aikana', 'ja', 'kans', 'kaikki', 'uusi', 'yhtheinen',
    'paikalinen', 'selvempi', 'met', 'oon', 'lautakunta',
  ],
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function phrase(random: Random, lang: Lang, min: number, max: number): string {
  // A language without a word list of its own borrows Swedish words: the benchmark measures size, not sense.
  return Array.from({ length: random.int(min, max) }, () => random.pick(words[lang] ?? words.sv!)).join(' ');
}

/** A title of 4–10 words. */
const title = (random: Random, lang: Lang) => capitalize(phrase(random, lang, 4, 10));
const sentence = (random: Random, lang: Lang) => `${capitalize(phrase(random, lang, 7, 16))}.`;

/** A body of 2–5 sentences, in one or two paragraphs. */
function body(random: Random, lang: Lang): string {
  const sentences = Array.from({ length: random.int(2, 5) }, () => sentence(random, lang));
  const split = sentences.length > 3 && random.chance(0.5) ? 2 : sentences.length;
  const paragraphs = [sentences.slice(0, split).join(' '), sentences.slice(split).join(' ')].filter(Boolean);
  return paragraphs.join('\n\n');
}

/** `a–z`, digits and single hyphens, as the build requires of file names. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An id from the first words of a title and a number that keeps it unique in its folder. */
const idFrom = (text: string, n: number) => `${slug(text.split(' ').slice(0, 3).join(' '))}-${n}`;

const yamlString = (text: string) => JSON.stringify(text);

interface Entry {
  folder: Folder;
  id: string;
  /** Frontmatter lines, `key: value`, in the order written. */
  fields: string[];
  title: string;
  summary?: string | undefined;
  body: string;
}

function fileText(fields: string[], text: string): string {
  return `---\n${fields.join('\n')}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** The frontmatter and body of a Swedish entry, as written to its file. */
function entryFile(entry: Entry): string {
  const fields = [`title: ${yamlString(entry.title)}`];
  if (entry.summary !== undefined) fields.push(`summary: ${yamlString(entry.summary)}`);
  return fileText([...fields, ...entry.fields, 'illustrative: true'], entry.body);
}

/** What the body of a Swedish file is, as the build and `npm run translations` read it. */
const bodyAsRead = (entry: Entry) => (entry.body ? `\n${entry.body}\n` : '');

export interface GenerateOptions {
  /** The content folder to write; created if missing, and should be empty. */
  dir: string;
  scale: number;
  seed?: number;
  /** What scale 1 is; by default the content as it was when this was written. */
  profile?: Profile;
  /** Share of translations marked `status: reviewed` (the rest are drafts). */
  reviewedShare?: number;
}

export interface GeneratedContent {
  dir: string;
  scale: number;
  seed: number;
  /** Swedish entries per folder. */
  entries: Record<Folder, number>;
  /** Translations per language. */
  translations: Record<TargetLang, number>;
  files: number;
  bytes: number;
  /**
   * Pages of content entries the build writes, in all languages: one per entry and language,
   * except organisations, accessibility problems and the start page's text. The site's own pages
   * come on top.
   */
  entryPages: number;
  /** Entries whose pages the benchmark weighs: the first goal area, and its first goal. */
  sample: { area: string; goal: string };
}

/**
 * Writes a complete, valid content folder. Every entry is marked `illustrative: true`; goal areas,
 * goals, development areas, activities and indicators are spread evenly over their parents.
 */
export function generateContent(options: GenerateOptions): GeneratedContent {
  const seed = options.seed ?? 1;
  const profile = options.profile ?? fallbackProfile;
  const reviewedShare = options.reviewedShare ?? 0.5;
  const random = new Random(seed);
  const scaled = (folder: Folder, min: number) => Math.max(min, Math.round(profile.counts[folder] * options.scale));

  const entries: Entry[] = [];
  /** Makes n entries of a folder; `make` gives each its fields (and may set its id or body). */
  const add = (folder: Folder, n: number, make: (i: number, id: string) => { fields: string[]; id?: string; body?: string }) => {
    const made: Entry[] = [];
    for (let i = 1; i <= n; i++) {
      const entryTitle = title(random, 'sv');
      const summary = random.chance(0.3) ? sentence(random, 'sv') : undefined;
      const id = idFrom(entryTitle, i);
      const rest = make(i, id);
      const entry: Entry = {
        folder,
        id: rest.id ?? id,
        title: entryTitle,
        summary,
        fields: rest.fields,
        body: rest.body ?? body(random, 'sv'),
      };
      made.push(entry);
      entries.push(entry);
    }
    return made;
  };

  // Goal areas, ordered 1…n.
  const areas = add('goal-areas', scaled('goal-areas', 1), (i) => ({ fields: [`order: ${i}`] }));

  // Goals, spread over the areas in turn, ordered within each area.
  const goalsPerArea = new Map<string, number>();
  const goals = add('goals', scaled('goals', 1), (i) => {
    const area = areas[(i - 1) % areas.length]!;
    const order = (goalsPerArea.get(area.id) ?? 0) + 1;
    goalsPerArea.set(area.id, order);
    return { fields: [`area: ${area.id}`, `order: ${order}`] };
  });

  // Organisations: half boards, half administrations, each administration working for a board.
  const organisationCount = scaled('organisations', 2);
  const boardCount = Math.ceil(organisationCount / 2);
  const boards = add('organisations', boardCount, () => ({ fields: ['kind: board'], body: '' }));
  const administrations = add('organisations', organisationCount - boardCount, (i) => ({
    fields: ['kind: administration', `board: ${boards[(i - 1) % boards.length]!.id}`],
    body: '',
  }));

  // Development areas: each serves the next goal in turn (every goal gets its share), some a second.
  const otherGoal = (first: Entry) => {
    if (goals.length < 2) return [];
    let other = random.pick(goals);
    while (other === first) other = random.pick(goals);
    return random.chance(0.25) ? [other] : [];
  };
  const periods = new Map<string, { from: number; to: number }>();
  const developmentAreas = add('development-areas', scaled('development-areas', 1), (i, id) => {
    const first = goals[(i - 1) % goals.length]!;
    const from = random.int(2022, 2025);
    const to = from + random.int(1, 4);
    periods.set(id, { from, to });
    return {
      fields: [
        `goals: [${[first, ...otherGoal(first)].map((goal) => goal.id).join(', ')}]`,
        `board: ${random.pick(boards).id}`,
        `period: { from: ${from}, to: ${to} }`,
      ],
    };
  });

  // Activities: spread over the development areas in turn, ordered within each, inside its period.
  const statuses = ['planned', 'ongoing', 'done', 'postponed'] as const;
  const activitiesPerArea = new Map<string, number>();
  add('activities', scaled('activities', 0), (i) => {
    const area = developmentAreas[(i - 1) % developmentAreas.length]!;
    const order = (activitiesPerArea.get(area.id) ?? 0) + 1;
    activitiesPerArea.set(area.id, order);
    const period = periods.get(area.id)!;
    const from = random.int(period.from, period.to);
    const to = random.int(from, period.to);
    return {
      fields: [
        `developmentArea: ${area.id}`,
        `administration: ${random.pick(administrations).id}`,
        `status: ${random.pick(statuses)}`,
        `period: { from: ${from}, to: ${to} }`,
        `order: ${order}`,
      ],
    };
  });

  // Indicators: ten years of values from the baseline year, the target a few years later.
  const units = ['percent', 'count', 'sek', 'days', 'years', 'index'] as const;
  const ranges: Record<(typeof units)[number], [number, number]> = {
    percent: [5, 95],
    count: [10, 5000],
    sek: [1000, 90000],
    days: [2, 60],
    years: [1, 85],
    index: [20, 90],
  };
  add('indicators', scaled('indicators', 0), (i) => {
    const goal = goals[(i - 1) % goals.length]!;
    const unit = random.pick(units);
    const [low, high] = ranges[unit];
    const round = (value: number) => Math.round(Math.min(high * 1.5, Math.max(low / 2, value)) * 10) / 10;
    const baseYear = random.int(2013, 2016);
    let value = low + random.next() * (high - low);
    const baseline = round(value);
    const values: string[] = [];
    for (let year = baseYear; year < baseYear + 10; year++) {
      if (year > baseYear) value += (random.next() - 0.45) * (high - low) * 0.06;
      values.push(`  ${year}: ${year === baseYear ? baseline : round(value)}`);
    }
    const direction = random.chance(0.7) ? 'higher' : 'lower';
    const target = round(baseline * (direction === 'higher' ? 1.2 : 0.8));
    const fields = [
      `unit: ${unit}`,
      `direction: ${direction}`,
      `baseline: { year: ${baseYear}, value: ${baseline} }`,
      `target: { year: ${baseYear + random.int(10, 15)}, value: ${target} }`,
      'values:',
      ...values,
      'source: Exempelvärden',
    ];
    if (random.chance(0.3)) fields.push(`kolada: N${String(random.int(0, 99999)).padStart(5, '0')}`);
    fields.push(`goals: [${[goal, ...otherGoal(goal)].map((g) => g.id).join(', ')}]`);
    return { fields };
  });

  // Initiatives: a few (at most five, as a menu stays a menu) with the rest as their parts.
  const initiativeCount = scaled('initiatives', 0);
  const topCount = initiativeCount === 0 ? 0 : Math.min(5, Math.max(1, Math.round(initiativeCount / 3)));
  const tops = add('initiatives', topCount, (i) => ({
    fields: [`order: ${i}`, `goalAreas: [${random.shuffle(areas).slice(0, random.int(1, Math.min(3, areas.length))).map((a) => a.id).join(', ')}]`],
  }));
  const partsPerTop = new Map<string, number>();
  add('initiatives', initiativeCount - topCount, (i) => {
    const top = tops[(i - 1) % tops.length]!;
    const order = (partsPerTop.get(top.id) ?? 0) + 1;
    partsPerTop.set(top.id, order);
    return { fields: [`order: ${order}`, `partOf: ${top.id}`] };
  });

  // Pages: the two the site needs (the process page in the menu, with every placeholder) and more.
  const processBody = (lang: Lang) =>
    [
      `${sentence(random, lang)} {antal målområden}.`,
      '{lista målområden}',
      `${sentence(random, lang)} {antal mål per målområde}, {antal mål}. ${sentence(random, lang)}`,
    ].join('\n\n');
  const pageCount = scaled('pages', 2);
  add('pages', pageCount, (i) => {
    if (i === 1) return { id: requiredPages.home, fields: [], body: `## ${title(random, 'sv')}\n\n${body(random, 'sv')}` };
    if (i === 2) return { id: requiredPages.process, fields: ['menu: 1'], body: processBody('sv') };
    return { fields: [] };
  });

  // Known accessibility problems, for the statement.
  const reasons = ['nonCompliance', 'disproportionateBurden', 'outsideScope'];
  add('accessibility-problems', scaled('accessibility-problems', 0), (i) => ({ fields: [`reason: ${reasons[i % reasons.length]}`] }));

  // Translations: per language and folder the same share of entries as in the profile.
  const written = new Map<string, string>();
  for (const entry of entries) written.set(join(entry.folder, `${entry.id}.md`), entryFile(entry));
  const translationCounts = Object.fromEntries(targetLanguages.map((lang) => [lang, 0])) as Record<TargetLang, number>;
  for (const lang of targetLanguages) {
    for (const folder of folders) {
      const sources = entries.filter((entry) => entry.folder === folder);
      const base = profile.counts[folder];
      const share = base > 0 ? Math.min(1, (profile.translations[lang]?.[folder] ?? 0) / base) : 0;
      const chosen = random.shuffle(sources).slice(0, Math.round(share * sources.length));
      for (const source of chosen) {
        const hash = sourceHash({ title: source.title, summary: source.summary, body: bodyAsRead(source) });
        const fields = [`title: ${yamlString(title(random, lang))}`];
        if (source.summary !== undefined) fields.push(`summary: ${yamlString(sentence(random, lang))}`);
        fields.push(`status: ${random.chance(reviewedShare) ? 'reviewed' : 'draft'}`, `sourceHash: "${hash}"`);
        const text = source.id === requiredPages.process ? processBody(lang) : source.body ? body(random, lang) : '';
        written.set(join(translationsFolder, lang, folder, `${source.id}.md`), fileText(fields, text));
        translationCounts[lang] = (translationCounts[lang] ?? 0) + 1;
      }
    }
  }

  // The settings: an example municipality, in the languages of the content measured.
  written.set(
    settingsFileName,
    stringify({
      municipality: { name: 'Exempelkommun', code: '0000' },
      languages: settings().languages.map(({ code, name, dir, locales, fallback }) => ({ code, name, dir, locales, fallback })),
    }),
  );

  let bytes = 0;
  for (const [path, text] of written) {
    const file = join(options.dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }

  const entryCounts = Object.fromEntries(folders.map((folder) => [folder, entries.filter((e) => e.folder === folder).length])) as Record<Folder, number>;
  // Organisations and accessibility problems have no page of their own; the home page is not an entry's page.
  const withPages = (Object.keys(collectionRouteKinds) as CollectionName[]).filter((collection) => collectionRouteKinds[collection]).map((collection) => collectionFolders[collection]);
  const entriesWithPages = withPages.reduce((sum, folder) => sum + entryCounts[folder], 0) - 1;
  const firstGoal = goals.find((goal) => goal.fields.includes(`area: ${areas[0]!.id}`) && goal.fields.includes('order: 1'))!;

  return {
    dir: options.dir,
    scale: options.scale,
    seed,
    entries: entryCounts,
    translations: translationCounts,
    files: written.size,
    bytes,
    entryPages: languages.length * entriesWithPages,
    sample: { area: areas[0]!.id, goal: firstGoal.id },
  };
}
