import { collectionFolders, type TranslatableCollection } from '../config/content.ts';
import { sourceLang, type Lang } from '../config/languages.ts';
import type { SourceEntry, Translation } from './content-types.ts';
import { sourceHash } from './translation-hash.ts';

export type TranslationState =
  | { kind: 'source' }
  | { kind: 'missing' }
  | { kind: 'translated'; status: 'draft' | 'reviewed'; outdated: boolean };

/** An entry's text in the language a reader asked for, or in Swedish when there is none. */
export interface LocalizedText {
  title: string;
  summary: string | undefined;
  /** Rendered body, placeholders not yet filled. */
  html: string;
  /** The language the text is actually in. */
  lang: Lang;
  state: TranslationState;
}

export function translationKey(lang: Lang, collection: TranslatableCollection, id: string): string {
  return `${lang}/${collectionFolders[collection]}/${id}`;
}

export function translationState(entry: SourceEntry, translation: Translation | undefined): TranslationState {
  if (!translation) return { kind: 'missing' };
  const current = sourceHash({ title: entry.data.title, summary: 'summary' in entry.data ? entry.data.summary : undefined, body: entry.body });
  return { kind: 'translated', status: translation.data.status, outdated: translation.data.sourceHash !== current };
}

export function localize(entry: SourceEntry, lang: Lang, translations: Map<string, Translation>): LocalizedText {
  const summaryOf = (data: object) => ('summary' in data && typeof data.summary === 'string' ? data.summary : undefined);
  const source: LocalizedText = {
    title: entry.data.title,
    summary: summaryOf(entry.data),
    html: entry.rendered?.html ?? '',
    lang: sourceLang,
    state: { kind: 'source' },
  };
  if (lang === sourceLang) return source;
  const translation = translations.get(translationKey(lang, entry.collection, entry.id));
  const state = translationState(entry, translation);
  if (!translation) return { ...source, state };
  return {
    title: translation.data.title,
    summary: translation.data.summary,
    html: translation.rendered?.html ?? '',
    lang,
    state,
  };
}
