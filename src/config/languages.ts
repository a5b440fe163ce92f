import { easyToRead, settings, sourceLanguage, type Language } from '../lib/settings.ts';

/**
 * The languages the site is published in, from the settings (content/settings.yml): Swedish
 * first, at the root; every other language under its code. A language is a code like any other
 * here: adding one is a settings entry, an interface dictionary and translations, no code.
 * Lättläst, easy-to-read Swedish, is a variant of Swedish with pages of its own (easyToRead).
 */
export type Lang = string;
export type { Language };
export { easyToRead };

export const sourceLang: Lang = sourceLanguage;

/** Every language's code, in the order the settings give (the language switcher's order). */
export const languages: readonly Lang[] = settings().languages.map((language) => language.code);

/** The languages translations are made into: every published language but Swedish, and Lättläst. */
export const translationLanguages: readonly Lang[] = [...languages.filter((lang) => lang !== sourceLang), easyToRead.code];

const languageSettings: Readonly<Record<Lang, Language>> = Object.fromEntries(
  [...settings().languages, easyToRead].map((language) => [language.code, language]),
);

export function isLang(value: string): value is Lang {
  return languages.includes(value);
}

/** A language's settings (a published language or Lättläst); asking for another is a mistake in the code. */
export function language(lang: Lang): Language {
  const found = languageSettings[lang];
  if (!found) throw new Error(`The site is not published in "${lang}".`);
  return found;
}
