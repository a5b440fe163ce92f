/**
 * The languages Målbild comes with interface text for (src/i18n/<code>.ts), and how a new
 * site's settings name them. Any other language brings its interface text as content
 * (content/interface/<code>.yml).
 */
export const builtInLanguages = {
  sv: { name: 'Svenska', locales: ['sv-SE'] },
  fit: { name: 'Meänkieli', locales: ['fit', 'fi-FI'] },
  fi: { name: 'Suomi', locales: ['fi-FI'] },
  en: { name: 'English', locales: ['en-GB'] },
} as const satisfies Record<string, { name: string; locales: readonly string[] }>;
export type BuiltInLanguage = keyof typeof builtInLanguages;
