import { z } from 'astro/zod';
import { levelNames } from '../i18n/format.ts';
import { found } from './messages.ts';

/*
 * The settings that make the site one municipality's: content/settings.yml. Read by the build,
 * by astro.config.mjs (the site's address) and by the project's commands under plain Node, so
 * this file imports nothing of Astro's but its zod.
 *
 * `.meta()` is what the editor at /admin/ shows for each field, as in content.ts.
 */

const text = (what: string) => z.string({ error: found(`expected ${what} (text)`) }).trim().min(1, { error: `the text is empty; expected ${what}` });

/** BCP 47 language code as `lang` attributes take it: `sv`, `fit`, `ar`, `sv-x-lattlast`. */
const languageCode = z
  .string({ error: found('expected a language code such as "en" or "fit"') })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: found('expected a language code such as "en" or "fit" (lower-case letters, as in a lang attribute)') });

const httpsUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: found(`expected ${what}, a full web address starting with https://`) });

/** Where the content is kept: a repository on GitHub, where edit links and the issue list lead. */
export const githubRepository = /^https:\/\/github\.com\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

const fallbackOptions = ['all', 'none'] as const;

export const languageEntrySchema = z.object(
  {
    code: languageCode.meta({ title: 'Språkkod', description: 'Koden i lang-attributet och i adresserna, till exempel fi eller fit.' }),
    /** The language's name in itself, as the language switcher shows it. */
    name: text('the language’s name in itself, such as "Suomi"').meta({ title: 'Namn', description: 'Språkets namn på språket självt, som språkväljaren visar det.' }),
    /** Writing direction: `rtl` for Arabic, Persian, Hebrew and others written right to left. */
    dir: z
      .enum(['ltr', 'rtl'], { error: found('expected "ltr" (left to right) or "rtl" (right to left)') })
      .default('ltr')
      .meta({ title: 'Skrivriktning', options: { ltr: 'Vänster till höger', rtl: 'Höger till vänster' } }),
    /**
     * Locales for numbers, dates and plural words, best first. Meänkieli has no locale data
     * anywhere, so it names Finnish after itself.
     */
    locales: z
      .array(
        z
          .string()
          .regex(/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: found('expected a locale such as "fi-FI"') })
          .meta({ title: 'Språkområde', description: 'Till exempel fi-FI.' }),
      )
      .min(1)
      .optional()
      .meta({ title: 'Format för tal och datum', description: 'Språkområden i tur och ordning, till exempel fi-FI.' }),
    /**
     * Pages whose entry has no translation into this language: `all` shows them in Swedish under
     * a notice (the default), `none` leaves them out, so the language has only its translated
     * pages and the site's own.
     */
    fallback: z
      .enum(fallbackOptions, { error: found('expected "all" (untranslated pages are shown in Swedish) or "none" (only translated pages)') })
      .default('all')
      .meta({ title: 'Sidor utan översättning', options: { all: 'Visas på svenska', none: 'Utelämnas' } }),
  },
  { error: found('expected a language with a code and a name, such as { code: fi, name: Suomi }') },
);
export type LanguageEntry = z.infer<typeof languageEntrySchema>;

/** The words for one level in one language; each is optional and defaults to the interface text. */
const plural = z.union(
  [
    text('the words with {n} where the number goes'),
    z
      .partialRecord(
        z.enum(['zero', 'one', 'two', 'few', 'many', 'other'], { error: found('expected a plural form: one, other (and zero, two, few, many where the language has them)') }),
        text('the words with {n} where the number goes'),
      )
      .refine((forms) => forms.other !== undefined, { error: 'the form "other" is missing; expected at least { other: "{n} …" }' }),
  ],
  { error: found('expected the words with {n} where the number goes, such as "{n} målområden", or forms such as { one: "{n} målområde", other: "{n} målområden" }') },
);
const levelWordsSchema = z.strictObject(
  {
    singular: text('the name of one entry, such as "Målområde"').optional(),
    plural: text('the name of the level as a heading, such as "Målområden"').optional(),
    count: plural.optional(),
    none: text('a sentence for when there are none yet').optional(),
  },
  { error: found('expected the words singular, plural, count and none') },
);

export const settingsSchema = z.strictObject({
  municipality: z.strictObject(
    {
      /** The name in each language (a name given only in Swedish is used for every language). */
      name: z
        .union([text('the municipality’s name'), z.record(languageCode, text('the municipality’s name in that language'))])
        .meta({ title: 'Namn', description: 'Kommunens namn, ett för alla språk eller ett per språk.' }),
      /** The municipality code of SCB and Kolada, four digits. */
      code: z
        .union([z.string(), z.number()], { error: found('expected the four-digit municipality code, such as "2518"') })
        .transform(String)
        .pipe(z.string().regex(/^\d{4}$/, { error: found('expected the four-digit municipality code, such as "2518"') }))
        .optional()
        .meta({ title: 'Kommunkod', description: 'Fyra siffror, som hos SCB och Kolada, till exempel 2518.' }),
      /** The municipality's own website, where readers contact it. */
      website: httpsUrl('the municipality’s own website').optional().meta({ title: 'Kommunens webbplats' }),
    },
    { error: found('expected the municipality’s name, code and website') },
  ).meta({ title: 'Kommunen' }),
  /** The address the site is published at; hosting can set MALBILD_SITE_URL instead. */
  site: z
    .strictObject({ url: httpsUrl('the address the site is published at').optional().meta({ title: 'Adress' }) })
    .optional()
    .meta({ title: 'Webbplatsen', description: 'Adressen webbplatsen publiceras på.' }),
  repository: z
    .strictObject({
      url: z
        .string()
        .regex(githubRepository, { error: found('expected the repository’s address on GitHub, such as https://github.com/kommunen/malbild') })
        .meta({ title: 'Adress', description: 'Arkivets adress på GitHub, till exempel https://github.com/kommunen/malbild.' }),
      branch: text('the branch the site is published from').default('main').meta({ title: 'Gren', description: 'Grenen webbplatsen publiceras från.' }),
    })
    .optional()
    .meta({ title: 'Arkivet', description: 'Där innehållet finns på GitHub: dit leder redigeringslänkarna, och där redigeraren sparar.' }),
  /** The editor at /admin/: how communicators sign in to it with their GitHub accounts. */
  editor: z
    .strictObject({
      signIn: httpsUrl('the address of the sign-in service for the editor (sveltia-cms-auth)').meta({
        title: 'Inloggningstjänst',
        description: 'Adressen till inloggningstjänsten (sveltia-cms-auth) för inloggning med GitHub-konto.',
      }),
    })
    .optional()
    .meta({ title: 'Redigeraren', description: 'Utan inloggningstjänst loggar man in i redigeraren med en åtkomsttoken från GitHub.' }),
  /** The languages the site is published in, Swedish first. */
  languages: z
    .array(languageEntrySchema, { error: found('expected a list of languages, Swedish first') })
    .min(1, { error: 'the list is empty; expected Swedish first, then any other languages' })
    .meta({ title: 'Språk', description: 'Språken webbplatsen publiceras på, svenska först.' }),
  /** A statistics service, if the municipality uses one; without it nothing is counted and nobody is asked. */
  statistics: z
    .strictObject({
      matomo: z
        .strictObject({
          url: httpsUrl('the address of the Matomo installation').meta({ title: 'Adress' }),
          siteId: z
            .union([z.string(), z.number()])
            .transform(String)
            .meta({ title: 'Webbplatsens id', description: 'Webbplatsens nummer i Matomo.' }),
        })
        .meta({ title: 'Matomo' }),
    })
    .optional()
    .meta({ title: 'Besöksstatistik', description: 'Utan statistiktjänst räknas inga besök och ingen tillfrågas om kakor.' }),
  /** Who assessed the site's accessibility, and when; until both are given the statement is a draft. */
  accessibility: z
    .strictObject({
      assessedBy: text('who assessed the site, such as "Kommunikationsenheten" (a unit of the municipality, or a firm)')
        .optional()
        .meta({ title: 'Bedömd av', description: 'Den som gjorde bedömningen, till exempel en enhet i kommunen eller en konsult.' }),
      assessed: z.coerce.date({ error: 'expected a date such as 2026-11-26' }).optional().meta({ title: 'Bedömd den' }),
    })
    .optional()
    .meta({ title: 'Tillgänglighet', description: 'Tills båda står här visas tillgänglighetsredogörelsen som ett utkast.' }),
  /** The municipality's own words for the levels of its steering model, by level and language. */
  levels: z
    .partialRecord(z.enum(levelNames, { error: found(`expected one of the levels: ${levelNames.join(', ')}`) }), z.record(languageCode, levelWordsSchema))
    .optional()
    .meta({ title: 'Ord för nivåerna', description: 'Kommunens egna ord för nivåerna i målstyrningen, per nivå och språk.' }),
});
export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsData = z.output<typeof settingsSchema>;
