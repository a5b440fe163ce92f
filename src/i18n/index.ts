import { languageSettings, type Lang } from '../config/languages.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { fit } from './fit.ts';
import { sv, type Dictionary } from './sv.ts';

export type { Dictionary };

export const dictionaries: Record<Lang, Dictionary> = { sv, fit, fi, en };

/** The interface text of a language. */
export function ui(lang: Lang): Dictionary {
  return dictionaries[lang];
}

// Building a formatter costs far more than using one; a build formats numbers on every page.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as a reader of the language writes them (Meänkieli through its fallback chain). */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${lang}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(languageSettings[lang].intl as string[], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A calendar date, long form ("26 november 2026"). */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(languageSettings[lang].intl as string[], { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
}
