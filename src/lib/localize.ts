import { collectionFolders, type CollectionName } from '../config/content.ts';
import { sourceLang, type Lang } from '../config/languages.ts';
import type { SourceEntry, Translation } from './content-types.ts';
import { sourceHash, translatableTextOf, type TranslatableText } from './translation-hash.ts';
import { statusAgainst, type TranslationStatus } from './translation-status.ts';

/** An entry's text in the language a reader asked for, or in Swedish when there is none. */
export interface LocalizedText {
  title: string;
  summary: string | undefined;
  /** Rendered body, placeholders not yet filled (empty for an .mdx text, which the page renders from `mdx`). */
  html: string;
  /** The text of an .mdx file, which the site renders itself (lib/mdx.ts, Prose.astro). */
  mdx: string | undefined;
  /** A goal's assessment reason, if it has one, and the language it is in. */
  assessmentReason: { text: string; lang: Lang } | undefined;
  /** The editors' note about the text, if there is one, and the language it is in. */
  editorialNote: { text: string; lang: Lang } | undefined;
  /** The language the text is actually in. */
  lang: Lang;
  /** `source` for Swedish itself; otherwise how the translation into the asked language stands. */
  status: TranslationStatus | 'source';
  /** The file the text comes from (the translation's, or the Swedish source's), relative to the project. */
  file: string | undefined;
  /** When the text last changed: git's date for its file, else the date its frontmatter gives. */
  changed: Date | undefined;
  /** Who translated and who checked a translation, where its file says so. */
  credits: { translator: string | undefined; reviewedBy: string | undefined };
}

export function translationKey(lang: Lang, collection: CollectionName, id: string): string {
  return `${lang}/${collectionFolders[collection]}/${id}`;
}

const summaryOf = (data: object) => ('summary' in data && typeof data.summary === 'string' ? data.summary : undefined);
const reasonOf = (data: object) => ('assessment' in data && data.assessment ? (data.assessment as { reason: string }).reason : undefined);
const noteOf = (data: object) => ('editorialNote' in data && typeof data.editorialNote === 'string' ? data.editorialNote : undefined);

const withLang = (text: string | undefined, lang: Lang) => (text === undefined ? undefined : { text, lang });

/** The Swedish text a translation of the entry must say again: what its fingerprint covers. */
export function translatableText(entry: SourceEntry): TranslatableText {
  return translatableTextOf(entry.data as Record<string, unknown>, entry.body);
}

/*
 * A page shows the same entries again and again (an area's title on each of its goals' pages, in
 * lists, in breadcrumbs): each entry's text in each language is worked out once per build.
 */
const localized = new WeakMap<SourceEntry, Map<Lang, LocalizedText>>();
const fingerprints = new WeakMap<SourceEntry, string>();

/** Where a text is looked up: the translations, and when each content file last changed (from git). */
export interface TextSources {
  translations: Map<string, Translation>;
  dates: Map<string, Date>;
}

export function localize(entry: SourceEntry, lang: Lang, sources: TextSources): LocalizedText {
  let byLang = localized.get(entry);
  if (!byLang) localized.set(entry, (byLang = new Map()));
  let text = byLang.get(lang);
  if (!text) byLang.set(lang, (text = localizeOnce(entry, lang, sources)));
  return text;
}

function localizeOnce(entry: SourceEntry, lang: Lang, { translations, dates }: TextSources): LocalizedText {
  const changed = (file: string | undefined, updated: Date | undefined) => (file ? dates.get(file) : undefined) ?? updated;
  const source: LocalizedText = {
    title: entry.data.title,
    summary: summaryOf(entry.data),
    html: entry.rendered?.html ?? '',
    mdx: entry.filePath?.endsWith('.mdx') ? entry.body : undefined,
    assessmentReason: withLang(reasonOf(entry.data), sourceLang),
    editorialNote: withLang(noteOf(entry.data), sourceLang),
    lang: sourceLang,
    status: 'source',
    file: entry.filePath,
    changed: changed(entry.filePath, entry.data.updated),
    credits: { translator: undefined, reviewedBy: undefined },
  };
  if (lang === sourceLang) return source;
  const translation = translations.get(translationKey(lang, entry.collection, entry.id));
  let hash = fingerprints.get(entry);
  if (hash === undefined) fingerprints.set(entry, (hash = sourceHash(translatableText(entry))));
  const status = statusAgainst(hash, translation?.data);
  if (!translation) return { ...source, status };
  return {
    title: translation.data.title,
    summary: translation.data.summary,
    html: translation.rendered?.html ?? '',
    mdx: translation.filePath?.endsWith('.mdx') ? translation.body : undefined,
    // A reason not yet translated stays Swedish (the page marks it so).
    assessmentReason: withLang(translation.data.assessmentReason, lang) ?? source.assessmentReason,
    // Likewise a note.
    editorialNote: withLang(translation.data.editorialNote, lang) ?? source.editorialNote,
    lang,
    status,
    file: translation.filePath,
    changed: changed(translation.filePath, translation.data.updated),
    credits: { translator: translation.data.translator, reviewedBy: translation.data.reviewedBy },
  };
}
