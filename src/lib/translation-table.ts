import { languages, sourceLang, type Lang } from '../config/languages.ts';
import type { SourceEntry } from './content-types.ts';
import { localize } from './localize.ts';
import type { Model } from './model.ts';
import { entriesWithPages } from './site-routes.ts';
import { translationStatuses, type TranslationStatus } from './translation-status.ts';

export const targetLanguages: Lang[] = languages.filter((lang) => lang !== sourceLang);

export interface TranslationRow {
  entry: SourceEntry;
  status: Record<Lang, TranslationStatus>;
}

/** Every entry with text to translate, and how its translation into each language stands. */
export function translationTable(model: Model): TranslationRow[] {
  return [...entriesWithPages(model), ...model.organisations, ...model.accessibilityProblems].map((entry) => ({
    entry,
    status: Object.fromEntries(
      targetLanguages.map((lang) => [lang, localize(entry, lang, model).status as TranslationStatus]),
    ) as Record<Lang, TranslationStatus>,
  }));
}

/** How many entries have each status, per language. */
export function statusCounts(rows: TranslationRow[]): Record<Lang, Record<TranslationStatus, number>> {
  return Object.fromEntries(
    targetLanguages.map((lang) => [
      lang,
      Object.fromEntries(translationStatuses.map((status) => [status, rows.filter((row) => row.status[lang] === status).length])),
    ]),
  ) as Record<Lang, Record<TranslationStatus, number>>;
}
