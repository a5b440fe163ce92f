import { collectionFolders, type TranslatableCollection } from '../config/content.ts';
import { sourceLang, type Lang } from '../config/languages.ts';
import type { SourceEntry, Translation } from './content-types.ts';
import type { TranslatableText } from './translation-hash.ts';
import { translationStatus, type TranslationStatus } from './translation-status.ts';

/** An entry's text in the language a reader asked for, or in Swedish when there is none. */
export interface LocalizedText {
  title: string;
  summary: string | undefined;
  /** Rendered body, placeholders not yet filled. */
  html: string;
  /** A goal's assessment reason, if it has one, and the language it is in. */
  assessmentReason: { text: string; lang: Lang } | undefined;
  /** The language the text is actually in. */
  lang: Lang;
  /** `source` for Swedish itself; otherwise how the translation into the asked language stands. */
  status: TranslationStatus | 'source';
}

export function translationKey(lang: Lang, collection: TranslatableCollection, id: string): string {
  return `${lang}/${collectionFolders[collection]}/${id}`;
}

const summaryOf = (data: object) => ('summary' in data && typeof data.summary === 'string' ? data.summary : undefined);
const reasonOf = (data: object) => ('assessment' in data && data.assessment ? (data.assessment as { reason: string }).reason : undefined);

const withLang = (text: string | undefined, lang: Lang) => (text === undefined ? undefined : { text, lang });

/** The Swedish text a translation of the entry must say again: what its fingerprint covers. */
export function translatableText(entry: SourceEntry): TranslatableText {
  return { title: entry.data.title, summary: summaryOf(entry.data), body: entry.body, assessmentReason: reasonOf(entry.data) };
}

export function localize(entry: SourceEntry, lang: Lang, translations: Map<string, Translation>): LocalizedText {
  const source: LocalizedText = {
    title: entry.data.title,
    summary: summaryOf(entry.data),
    html: entry.rendered?.html ?? '',
    assessmentReason: withLang(reasonOf(entry.data), sourceLang),
    lang: sourceLang,
    status: 'source',
  };
  if (lang === sourceLang) return source;
  const translation = translations.get(translationKey(lang, entry.collection, entry.id));
  const status = translationStatus(translatableText(entry), translation?.data);
  if (!translation) return { ...source, status };
  return {
    title: translation.data.title,
    summary: translation.data.summary,
    html: translation.rendered?.html ?? '',
    // A reason not yet translated stays Swedish (the page marks it so).
    assessmentReason: withLang(translation.data.assessmentReason, lang) ?? source.assessmentReason,
    lang,
    status,
  };
}
