/**
 * The languages the site is published in. Swedish is the source language: every other language
 * translates from it, and a page without a translation falls back to it.
 */
export const languages = ['sv', 'fit', 'fi', 'en'] as const;
export type Lang = (typeof languages)[number];

export const sourceLang: Lang = 'sv';

export interface LanguageSettings {
  /** The language's name in itself, as the language switcher shows it. */
  endonym: string;
  /** URL prefix: the source language lives at the root. */
  prefix: string;
  /**
   * Locales for `Intl` formatting, best first. Meänkieli has no locale data anywhere, so it
   * formats as Finnish, the closest language that has some, rather than as the runtime default.
   */
  intl: readonly string[];
  /** Open Graph locale (territory is required there). */
  ogLocale: string;
}

export const languageSettings: Record<Lang, LanguageSettings> = {
  sv: { endonym: 'Svenska', prefix: '', intl: ['sv-SE'], ogLocale: 'sv_SE' },
  fit: { endonym: 'Meänkieli', prefix: 'fit', intl: ['fit', 'fi-FI'], ogLocale: 'fit_SE' },
  fi: { endonym: 'Suomi', prefix: 'fi', intl: ['fi-FI'], ogLocale: 'fi_FI' },
  en: { endonym: 'English', prefix: 'en', intl: ['en-GB'], ogLocale: 'en_GB' },
};

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}
