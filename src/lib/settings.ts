import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { contentRoot } from '../config/content.ts';
import type { LevelName, LevelWords } from '../i18n/format.ts';
import { githubRepository, settingsSchema, type SettingsData } from '../schemas/settings.ts';
import { ContentError, fieldPath, type ContentIssue } from './issues.ts';

/*
 * content/settings.yml, read and checked, with what hosting sets in the environment on top: the
 * one place the rest of the code asks who the site belongs to, where it lives and in which
 * languages it speaks. Read under plain Node as well as in the build, so it uses no Astro API.
 */

export const settingsFileName = 'settings.yml';
/** Swedish is the language the content is written in; every other language translates from it. */
export const sourceLanguage = 'sv';

export interface Language {
  /** The code in the settings: the folder of its translations and the prefix of its addresses. */
  code: string;
  /** The language as `lang` attributes and search indexes name it: the code, but `sv` for Lättläst. */
  lang: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Locales for numbers, dates and plural forms, best first. */
  locales: string[];
  /** Whether pages without a translation are shown in Swedish (`all`) or left out (`none`). */
  fallback: 'all' | 'none';
  /** The first segment of the language's addresses; the source language has none. */
  prefix: string;
  /** Open Graph locale (it needs a territory). */
  ogLocale: string;
  /** A variant of another language (Lättläst of Swedish), not a language of its own: not in the switcher. */
  variantOf: string | undefined;
}

/**
 * Lättläst: easy-to-read Swedish, a variant of Swedish. Its texts are translations into
 * `lattlast` (content/translations/lattlast/), and its pages live under /lattlast/; the pages
 * are Swedish (`lang="sv"`) and in the Swedish search index.
 */
export const easyToRead: Language = {
  code: 'lattlast',
  lang: 'sv',
  name: 'Lättläst',
  dir: 'ltr',
  locales: ['sv-SE'],
  fallback: 'none',
  prefix: 'lattlast',
  ogLocale: 'sv_SE',
  variantOf: 'sv',
};

export interface Repository {
  url: string;
  branch: string;
  /** Where the address came from, for the build's note. */
  from: string;
}

export interface Settings {
  /** The settings file, relative to the project, as messages name it. */
  file: string;
  municipality: { name: Record<string, string>; code: string | undefined; website: string | undefined };
  /** The address the site is published at, or undefined when nobody has said. */
  siteUrl: string | undefined;
  basePath: string;
  repository: Repository | undefined;
  /** The sign-in service the editor at /admin/ sends communicators to for GitHub, if there is one. */
  editorSignIn: string | undefined;
  languages: Language[];
  statistics: { trackerUrl: string; siteId: string } | undefined;
  accessibility: { assessedBy: string | undefined; assessed: Date | undefined };
  /** The municipality's words for the levels, by language (what it gives; the rest is the interface text's). */
  levels: Record<string, Partial<Record<LevelName, Partial<LevelWords>>>>;
  /** What the build should tell whoever runs it, once: what is missing and what that means. */
  notes: string[];
}

export interface Environment {
  [name: string]: string | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a content file as UTF-8; a file saved in another encoding is a problem to report, not to guess. */
export function readUtf8(file: string): { text: string } | { issue: string } {
  try {
    return { text: decoder.decode(readFileSync(file)).replace(/^\uFEFF/, '') };
  } catch {
    return { issue: 'the file is not saved as UTF-8 (it has letters in another encoding, such as Latin-1); save it as UTF-8 and build again' };
  }
}

/** The GitHub repository a git remote address points at, in the form edit links need. */
export function githubUrlOf(remote: string): string | undefined {
  const match = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(remote.trim());
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

function gitOrigin(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Where edit links and the issue list lead: the settings, the environment, the checkout's remote, GitHub Actions. */
function findRepository(data: SettingsData, env: Environment, cwd: string): Repository | undefined {
  const branch = env.MALBILD_REPOSITORY_BRANCH || data.repository?.branch || 'main';
  if (env.MALBILD_REPOSITORY_URL) return { url: env.MALBILD_REPOSITORY_URL.replace(/\/$/, ''), branch, from: 'MALBILD_REPOSITORY_URL' };
  if (data.repository) return { url: data.repository.url, branch, from: 'the settings' };
  const origin = gitOrigin(cwd);
  const fromOrigin = origin === undefined ? undefined : githubUrlOf(origin);
  if (fromOrigin) return { url: fromOrigin, branch, from: 'the git remote "origin"' };
  if (env.GITHUB_REPOSITORY && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.GITHUB_REPOSITORY)) {
    return { url: `https://github.com/${env.GITHUB_REPOSITORY}`, branch, from: 'GITHUB_REPOSITORY' };
  }
  return undefined;
}

function envIssues(env: Environment): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const url = (name: string, what: string) => {
    const value = env[name];
    if (value && !/^https?:\/\/[^\s/]+/.test(value)) issues.push({ file: name, field: 'environment variable', message: `found "${value}", expected ${what}, a full web address starting with https://` });
  };
  url('MALBILD_SITE_URL', 'the address the site is published at');
  url('MALBILD_STATISTICS_URL', 'the address of the Matomo installation');
  if (env.MALBILD_REPOSITORY_URL && !githubRepository.test(env.MALBILD_REPOSITORY_URL.replace(/\/$/, ''))) {
    issues.push({ file: 'MALBILD_REPOSITORY_URL', field: 'environment variable', message: `found "${env.MALBILD_REPOSITORY_URL}", expected the repository’s address on GitHub, such as https://github.com/kommunen/malbild` });
  }
  return issues;
}

/** The rules that span fields: Swedish first, each language once, words and names only for published languages. */
function crossFieldIssues(file: string, data: SettingsData): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const codes = data.languages.map((language) => language.code);
  const known = codes.map((code) => `"${code}"`).join(', ');
  if (codes[0] !== sourceLanguage) {
    issues.push({ file, field: 'languages[0].code', message: `found "${codes[0]}", expected "${sourceLanguage}": Swedish comes first, since the content is written in Swedish and every other language translates from it` });
  }
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) issues.push({ file, field: `languages[${i}].code`, message: `found "${code}" a second time; expected each language once` });
    if (code === easyToRead.code) issues.push({ file, field: `languages[${i}].code`, message: `found "${code}", which is Lättläst, a variant of Swedish the site publishes by itself wherever content/translations/${code}/ has texts; expected another language` });
  });
  const name = data.municipality.name;
  if (typeof name !== 'string') {
    if (!(sourceLanguage in name)) issues.push({ file, field: 'municipality.name', message: `the Swedish name is missing; expected at least "${sourceLanguage}: <the municipality’s name>"` });
    for (const code of Object.keys(name)) {
      if (!codes.includes(code)) issues.push({ file, field: `municipality.name.${code}`, message: `found the language "${code}", which the site is not published in; expected one of ${known}` });
    }
  }
  for (const [level, byLanguage] of Object.entries(data.levels ?? {})) {
    for (const code of Object.keys(byLanguage ?? {})) {
      if (!codes.includes(code)) issues.push({ file, field: `levels.${level}.${code}`, message: `found the language "${code}", which the site is not published in; expected one of ${known}` });
    }
  }
  return issues;
}

/**
 * Reads and checks the settings of a content folder. Throws a ContentError naming the file and
 * the field of every problem; nothing is built from settings that are wrong.
 */
export function loadSettings(root: string = contentRoot, env: Environment = process.env, cwd: string = process.cwd()): Settings {
  const file = join(root, settingsFileName);
  if (!existsSync(join(cwd, file)) && !existsSync(file)) {
    throw new ContentError([{ file, field: 'file', message: 'the file is missing; every site needs its settings (the municipality’s name and the languages). `npm run new-site` writes a first one.' }]);
  }
  const read = readUtf8(existsSync(file) ? file : join(cwd, file));
  if ('issue' in read) throw new ContentError([{ file, field: 'file', message: read.issue }]);
  const document = parseDocument(read.text, { prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((error) => ({
        file,
        field: `line ${error.linePos?.[0]?.line ?? '?'}`,
        message: `the YAML cannot be read (${error.message.split('\n')[0]}); check the indentation and the colons on that line`,
      })),
    );
  }
  const parsed = settingsSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    throw new ContentError(parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path) || 'file', message: issue.message })));
  }
  const data = parsed.data;
  const issues = [...crossFieldIssues(file, data), ...envIssues(env)];
  if (issues.length > 0) throw new ContentError(issues);

  const languages = data.languages.map((entry, i): Language => {
    const locales = entry.locales ?? [entry.code];
    const region = locales.map((locale) => /^[a-z]{2,3}-([A-Z]{2})$/.exec(locale)?.[1]).find(Boolean) ?? 'SE';
    return { ...entry, lang: entry.code, locales, prefix: i === 0 ? '' : entry.code, ogLocale: `${entry.code.split('-')[0]}_${region}`, variantOf: undefined };
  });
  const names = typeof data.municipality.name === 'string' ? { [sourceLanguage]: data.municipality.name } : data.municipality.name;
  const municipalityName = Object.fromEntries(languages.map(({ code }) => [code, names[code] ?? names[sourceLanguage]!]));

  const levels: Settings['levels'] = {};
  for (const [level, byLanguage] of Object.entries(data.levels ?? {}) as [LevelName, Record<string, Partial<Record<keyof LevelWords, unknown>>>][]) {
    for (const [code, words] of Object.entries(byLanguage)) {
      const { count, ...rest } = words;
      (levels[code] ??= {})[level] = { ...rest, ...(count === undefined ? {} : { count: typeof count === 'string' ? { other: count } : count }) } as Partial<LevelWords>;
    }
  }

  const siteUrl = env.MALBILD_SITE_URL || data.site?.url;
  const trackerUrl = env.MALBILD_STATISTICS_URL || data.statistics?.matomo.url;
  const repository = findRepository(data, env, cwd);
  const notes: string[] = [];
  if (!siteUrl) {
    notes.push(`No site address: set site.url in ${file} (or MALBILD_SITE_URL). Until then pages have no canonical address, and there is no sitemap.`);
  }
  if (!repository) {
    notes.push(`No repository: set repository.url in ${file} (or MALBILD_REPOSITORY_URL, or build in a checkout whose "origin" is on GitHub). Until then pages have no edit link and the accessibility statement no issue list.`);
  }
  return {
    file,
    municipality: { name: municipalityName, code: data.municipality.code, website: data.municipality.website },
    siteUrl: siteUrl?.replace(/\/?$/, '/'),
    basePath: env.MALBILD_BASE_PATH || '/',
    repository,
    editorSignIn: data.editor?.signIn,
    languages,
    statistics: trackerUrl ? { trackerUrl, siteId: env.MALBILD_STATISTICS_SITE_ID || data.statistics?.matomo.siteId || '1' } : undefined,
    accessibility: { assessedBy: data.accessibility?.assessedBy, assessed: data.accessibility?.assessed },
    levels,
    notes,
  };
}

let loaded: Settings | undefined;

/** The settings of the content folder being built, read once. */
export function settings(): Settings {
  loaded ??= loadSettings();
  return loaded;
}
