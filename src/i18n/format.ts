/*
 * Interface text is data: plain strings with named gaps (`{n} målområden`), and for words that
 * change with a number, one form per plural category of the language. Data rather than
 * functions, so that a municipality can give its own words, or a whole new language, in a file
 * under content/ (see src/i18n/index.ts).
 */

/** Intl's plural categories; `other` is the one every language has. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/** A text that changes with a number, one form per plural category the language uses. */
export type Plural = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

/** Declares the forms of a text that changes with a number. */
export const plural = (forms: Plural): Plural => forms;

export function isPlural(value: unknown): value is Plural {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { other?: unknown }).other === 'string';
}

/** The levels of the steering model, top down. */
export const levelNames = ['vision', 'goalArea', 'goal', 'developmentArea', 'activity', 'indicator', 'initiative'] as const;
export type LevelName = (typeof levelNames)[number];

/** The words a page needs for one level of the steering model. */
export interface LevelWords {
  /** One entry, as a heading or label says it ("Målområde"). */
  singular: string;
  /** The level as a whole, as a heading says it ("Målområden"). */
  plural: string;
  /** A number of entries in running text ("{n} målområden"). */
  count: Plural;
  /** What a page says where it would list entries of this level but has none yet. */
  none: string;
}

/** The gaps in a text: the names between braces. */
export function gapsOf(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!);
}

/** Fills the named gaps of a text; a gap without a value stays as it is, so it shows in review. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (gap, name: string) => (name in values ? String(values[name]) : gap));
}

/**
 * One Intl formatter (or plural rules) per key, made on first use: making one costs far more than
 * using it, and a build formats numbers, dates and lists on every page.
 */
export function intlCache<T>(): (key: string, make: () => T) => T {
  const made = new Map<string, T>();
  return (key, make) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make()));
    return value;
  };
}

const pluralRules = intlCache<Intl.PluralRules>();

/** The form of a text for a number, by the plural rules of the locales given (best first). */
export function selectPlural(forms: Plural | string, count: number, locales: readonly string[]): string {
  if (typeof forms === 'string') return forms;
  const rules = pluralRules(locales.join(' '), () => new Intl.PluralRules(locales as string[]));
  return forms[rules.select(count)] ?? forms.other;
}

/** The first letter in lower case, for a heading word used inside a sentence ("Målområden" → "målområden"); "KF-mål" stays. */
export function lowerFirst(text: string, locale: string): string {
  const [first = '', second = ''] = [...text];
  if (second !== '' && second !== second.toLocaleLowerCase(locale)) return text;
  return first.toLocaleLowerCase(locale) + text.slice(first.length);
}
