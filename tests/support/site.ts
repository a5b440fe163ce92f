import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { editorFolder } from '../../src/config/content.ts';
import { assembleInterfaceText, type Dictionary } from '../../src/i18n/index.ts';
import { loadSettings, type Settings } from '../../src/lib/settings.ts';
import { projectRoot } from './astro-build.ts';
import { siteBuilds, type SiteBuild, type SiteName } from './sites.ts';

/*
 * A built site and the content it was built from, as the tests read them. The content is read
 * straight from its files (file names and frontmatter): the oracle the pages are checked
 * against, deliberately simple so that it cannot share a mistake with the site's own loading
 * code. The settings and the interface text come from the site's own loaders, which have their
 * own tests.
 */

export interface ContentFile {
  id: string;
  /** The file, relative to the project, as edit links name it. */
  file: string;
  data: Record<string, unknown> & { title: string };
  body: string;
}

/** Collection folders and the first segment of their pages' addresses: the address contract, stated once for the tests. */
export const entrySegments = {
  'goal-areas': 'malomraden',
  goals: 'mal',
  'development-areas': 'utvecklingsomraden',
  activities: 'aktiviteter',
  indicators: 'indikatorer',
  initiatives: 'initiativ',
} as const;
export type EntryFolder = keyof typeof entrySegments;

/** The site's own pages, at the same Swedish address in every language. */
export const ownPages = ['innehall', 'oversattningar', 'sok', 'oppna-data', 'styrdokument', 'om-kakor', 'tillganglighet'] as const;

function readContentFile(path: string, root: string): ContentFile {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { id: path.split('/').at(-1)!.replace(/\.mdx?$/, ''), file: relative(root, path), data: parse(match[1]!) ?? {}, body: match[2]! };
}

export class Site {
  readonly name: SiteName | string;
  readonly contentDir: string;
  readonly outDir: string;
  /** The environment it was built with, on top of the tests' own. */
  readonly env: Record<string, string>;
  readonly settings: Settings;
  /** The published languages, Swedish first. */
  readonly languages: string[];
  /** The languages pages are in: the published ones, and Lättläst where there are Lättläst texts. */
  readonly pageLanguages: string[];
  readonly sourceLang = 'sv';
  /** Lättläst, easy-to-read Swedish: pages under /lattlast/, in Swedish. */
  readonly easyToRead = 'lattlast';
  private documents = new Map<string, Document>();
  private dictionaries: Map<string, Dictionary> | undefined;

  /** One of the sites the site tests build (sites.ts), or one a test builds itself. */
  constructor(site: SiteName | (Pick<SiteBuild, 'contentDir' | 'outDir' | 'env'> & { name: string })) {
    const build = typeof site === 'string' ? siteBuilds[site] : site;
    this.name = build.name;
    this.contentDir = build.contentDir;
    this.outDir = build.outDir;
    this.env = build.env;
    this.settings = loadSettings(relative(projectRoot, build.contentDir) || '.', { ...process.env, ...build.env }, projectRoot);
    this.languages = this.settings.languages.map((language) => language.code);
    this.pageLanguages = [...this.languages, ...(existsSync(join(this.contentDir, 'translations', this.easyToRead)) ? [this.easyToRead] : [])];
  }

  /** The municipality's name in a language: where the settings give none, the Swedish. */
  municipality(lang: string): string {
    return this.settings.municipality.name[lang] ?? this.settings.municipality.name[this.sourceLang]!;
  }

  /** Where a page in a language links for the site's own pages (contents, statement …): Lättläst has none of its own. */
  ownPagesPrefix(lang: string): string {
    return this.prefix(lang === this.easyToRead ? this.sourceLang : lang);
  }

  /** The `lang` attribute of a language's pages: Lättläst pages are Swedish. */
  htmlLang(lang: string): string {
    return lang === this.easyToRead ? this.sourceLang : lang;
  }

  /** The address prefix of a language: `/` for Swedish, `/<code>/` for the others. */
  prefix(lang: string): string {
    return lang === this.sourceLang ? '/' : `/${lang}/`;
  }

  /** The language of a site path ("/fi/mal/x/" → "fi", "/lattlast/" → "lattlast", "/mal/x/" → "sv"). */
  languageOf(path: string): string {
    const first = path.split('/')[1] ?? '';
    return this.pageLanguages.includes(first) && first !== this.sourceLang ? first : this.sourceLang;
  }

  /** The same path without its language prefix ("/fi/mal/x/" → "/mal/x/"). */
  withoutLanguage(path: string): string {
    const lang = this.languageOf(path);
    return lang === this.sourceLang ? path : path.slice(lang.length + 1);
  }

  /**
   * Every page of the built site that readers see, as a site path ("/", "/en/mal/x/",
   * "/404.html"): every HTML file but the editor's (/admin/), which is no page of the site and
   * has tests of its own (tests/build/editor.test.ts, tests/browser/editor.test.ts).
   */
  pages(): string[] {
    return readdirSync(this.outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith(`${editorFolder}/`))
      .map((file) => '/' + file.replace(/index\.html$/, ''))
      .sort();
  }

  /** The file of a site path in the built site. */
  fileOf(sitePath: string): string {
    return join(this.outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  }

  has(sitePath: string): boolean {
    return existsSync(this.fileOf(sitePath));
  }

  /** The parsed document of a built page. */
  page(sitePath: string): Document {
    let document = this.documents.get(sitePath);
    if (!document) {
      document = parseHTML(readFileSync(this.fileOf(sitePath), 'utf8')).document as unknown as Document;
      this.documents.set(sitePath, document);
    }
    return document;
  }

  /** The entries of a collection folder, in file-name order. */
  entries(folder: string): ContentFile[] {
    const dir = join(this.contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => /\.mdx?$/.test(file))
      .sort()
      .map((file) => readContentFile(join(dir, file), projectRoot));
  }

  /** The translation of an entry into a language, if there is one. */
  translation(lang: string, folder: string, id: string): ContentFile | undefined {
    for (const extension of ['md', 'mdx']) {
      const path = join(this.contentDir, 'translations', lang, folder, `${id}.${extension}`);
      if (existsSync(path)) return readContentFile(path, projectRoot);
    }
    return undefined;
  }

  /** The title a page in a language shows for an entry: its translation's, else the Swedish. */
  title(lang: string, folder: string, entry: ContentFile): string {
    return (lang === this.sourceLang ? undefined : this.translation(lang, folder, entry.id)?.data.title) ?? entry.data.title;
  }

  /** The address of an entry's page in a language (pages of content/pages at `/<id>/`, the start page at `/`). */
  entryPath(folder: string, id: string, lang = this.sourceLang): string {
    if (folder === 'pages') return id === 'index' ? this.prefix(lang) : `${this.prefix(lang)}${id}/`;
    return `${this.prefix(lang)}${entrySegments[folder as EntryFolder]}/${id}/`;
  }

  /** The entry a path shows, if it shows one: the inverse of entryPath. */
  entryAt(path: string): { folder: string; entry: ContentFile; lang: string } | undefined {
    const lang = this.languageOf(path);
    const [first, second, ...rest] = this.withoutLanguage(path).split('/').filter(Boolean);
    if (rest.length > 0 || path.endsWith('.html')) return undefined;
    const find = (folder: string, id: string) => {
      const entry = this.entries(folder).find((candidate) => candidate.id === id);
      return entry ? { folder, entry, lang } : undefined;
    };
    if (first === undefined) return find('pages', 'index');
    if (second === undefined) return (ownPages as readonly string[]).includes(first) ? undefined : find('pages', first);
    const folder = Object.entries(entrySegments).find(([, segment]) => segment === first)?.[0];
    return folder ? find(folder, second) : undefined;
  }

  /** The interface text of a language, as the site's own loader assembles it for this content. */
  ui(lang: string): Dictionary {
    if (!this.dictionaries) {
      const { dictionaries, issues } = assembleInterfaceText(relative(projectRoot, this.contentDir) || '.', this.settings);
      if (issues.length > 0) throw new Error(`The interface text of the ${this.name} site has problems: ${issues.map((i) => i.message).join('; ')}`);
      this.dictionaries = dictionaries;
    }
    const dictionary = this.dictionaries.get(lang);
    if (!dictionary) throw new Error(`The ${this.name} site is not published in "${lang}".`);
    return dictionary;
  }
}

/**
 * One page of each type, for the browser tests: the first entry of each kind, the process page,
 * the site's own pages in turn in each language, and the not-found page.
 */
export function pageTypes(built: Site): string[] {
  const first = (folder: string) => built.entries(folder)[0];
  const entries = ['goal-areas', 'goals', 'development-areas', 'activities', 'indicators', 'initiatives']
    .map((folder) => [folder, first(folder)] as const)
    .filter(([, entry]) => entry)
    .map(([folder, entry]) => built.entryPath(folder, entry!.id));
  const own = ownPages.map((page, i) => `${built.prefix(built.languages[i % built.languages.length]!)}${page}/`);
  return ['/', ...entries, built.entryPath('pages', 'malstyrningsprocess'), ...own, '/404.html'];
}

const sites = new Map<SiteName, Site>();

/** A built site by name (see sites.ts), read once per test file. */
export function site(name: SiteName): Site {
  let found = sites.get(name);
  if (!found) sites.set(name, (found = new Site(name)));
  return found;
}

/** The text of an element with whitespace collapsed, as a reader sees it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Fails with a clear message when a list a test is about to loop over is empty: a loop over nothing proves nothing. */
export function nonEmpty<T>(items: T[], what: string): T[] {
  if (items.length === 0) throw new Error(`Expected at least one ${what}; the test would check nothing.`);
  return items;
}
