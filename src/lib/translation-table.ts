import { easyToRead, translationLanguages, type Lang } from '../config/languages.ts';
import type { SourceEntry } from './content-types.ts';
import { localize } from './localize.ts';
import type { Model } from './model.ts';
import { entriesWithPages } from './site-routes.ts';
import { translationStatuses, type TranslationStatus } from './translation-status.ts';

/** The languages translations are made into, Lättläst among them where there are Lättläst texts. */
export function targetLanguages(model: Model): Lang[] {
  return translationLanguages.filter((lang) => lang !== easyToRead.code || model.hasTexts(lang));
}

export interface TranslationRow {
  entry: SourceEntry;
  status: Record<Lang, TranslationStatus>;
}

/** Every entry with text to translate, and how its translation into each language stands. */
export function translationTable(model: Model): TranslationRow[] {
  return [...entriesWithPages(model), ...model.organisations, ...model.accessibilityProblems].map((entry) => ({
    entry,
    status: Object.fromEntries(
      targetLanguages(model).map((lang) => [lang, localize(entry, lang, model).status as TranslationStatus]),
    ) as Record<Lang, TranslationStatus>,
  }));
}

/** How many entries have each status, per language. */
export function statusCounts(rows: TranslationRow[], languages: Lang[]): Record<Lang, Record<TranslationStatus, number>> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      Object.fromEntries(translationStatuses.map((status) => [status, rows.filter((row) => row.status[lang] === status).length])),
    ]),
  ) as Record<Lang, Record<TranslationStatus, number>>;
}
