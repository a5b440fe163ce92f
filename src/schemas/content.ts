import { z } from 'astro/zod';
import type { CollectionName } from '../config/content.ts';
import { numberFromText } from './decimal.ts';
import { progressStatuses, type ProgressStatus } from './progress.ts';
import { found } from './messages.ts';
import { referenceTo } from './reference.ts';

/*
 * The content model. Every entry holds its language-neutral facts (order, references, numbers,
 * periods) once, in its Swedish source file, together with the Swedish text. A translation adds
 * text for one language and nothing else (see translationSchema).
 *
 * Messages are written for communicators (messages.ts): `found()` puts the value from the file
 * in front of the expectation.
 *
 * Each field's `.meta()` is what the editor at /admin/ shows (src/lib/cms/): `title` is its
 * label, `description` the hint under it, both in Swedish for communicators; `options` names an
 * enum's values, `multiline` asks for a text area, `hidden` keeps a field out of the form.
 */

const year = z
  .number({ error: found('expected a year such as 2024') })
  .int({ error: found('expected a whole year such as 2024') })
  .min(1900, { error: found('expected a year from 1900 on') })
  .max(2200, { error: found('expected a year before 2200') })
  .meta({ title: 'År' });

const order = z
  .number({ error: found('expected a whole number that sets the order, such as 1') })
  .int({ error: found('expected a whole number that sets the order, such as 1') })
  .positive({ error: found('expected 1 or more') })
  .meta({ title: 'Ordning', description: 'Ett heltal som bestämmer ordningen bland syskonen: 1 först.' });

const title = z
  .string({ error: found('expected a title (text)') })
  .trim()
  .min(1, { error: 'the title is empty; expected a title (text)' })
  .meta({ title: 'Rubrik' });
const summary = z
  .string({ error: found('expected a summary (text)') })
  .trim()
  .min(1, { error: 'the summary is empty; expected a short text, or no summary field at all' })
  .optional()
  .meta({ title: 'Sammanfattning', description: 'En eller två meningar som visas i listor och sökresultat.', multiline: true });

const period = z
  .object(
    { from: year.meta({ title: 'Från år' }), to: year.meta({ title: 'Till år' }) },
    { error: found('expected a period with a year "from" and a year "to", such as { from: 2024, to: 2027 }') },
  )
  .refine((p) => p.from <= p.to, {
    error: (issue) => {
      const { from, to } = issue.input as { from: number; to: number };
      return `found from ${from} and to ${to}: the period ends ("to") before it starts ("from"); expected a "to" year of ${from} or later.`;
    },
    path: ['to'],
  })
  .meta({ title: 'Period' });

const source = z.object({
  title: z
    .string({ error: found('expected the name of the source (text)') })
    .trim()
    .min(1, { error: 'the name of the source is empty' })
    .meta({ title: 'Källans namn' }),
  url: z
    .url({ error: found('expected a full web address starting with https://') })
    .optional()
    .meta({ title: 'Adress', description: 'En fullständig adress som börjar med https://' }),
});

/**
 * When the text was last changed, for pages built outside a git checkout; git's date of the
 * file's last commit is used first.
 */
const updated = z.coerce
  .date({ error: 'expected a date such as 2026-11-26' })
  .optional()
  .meta({ title: 'Senast ändrad', description: 'Behövs bara där webbplatsen byggs utan git: annars gäller dagen då filen senast ändrades.' });

/**
 * A note from the editors of the site about the text, shown beside it and marked as theirs: for
 * what a reader should know and the text cannot say (a discrepancy in the original, a source).
 */
const editorialNote = z
  .string({ error: found('expected a note (text)') })
  .trim()
  .min(1, { error: 'the note is empty; expected a short text, or no editorialNote field at all' })
  .optional()
  .meta({ title: 'Redaktionens anmärkning', description: 'Visas bredvid texten, märkt som redaktionens.', multiline: true });

/**
 * Who wrote the text. The municipality's own text is the default; anything else is shown to
 * readers for what it is.
 */
const provenance = {
  updated,
  editorialNote,
  /** An example made up to show how the model works; not a decision of the municipality. */
  illustrative: z
    .boolean({ error: found('expected true or false') })
    .default(false)
    .meta({ title: 'Exempeltext', description: 'Ett påhittat exempel, inte ett beslut av kommunen. Sidan märks ”Exempeltext”.' }),
  /** Written for this site from public sources (listed in `sources`), not by the municipality. */
  editorial: z
    .boolean({ error: found('expected true or false') })
    .default(false)
    .meta({ title: 'Sammanställd av redaktionen', description: 'Skriven för webbplatsen utifrån källorna nedan, inte av kommunen. Kan inte kombineras med Exempeltext.' }),
  sources: z
    .array(source, { error: found('expected a list of sources, each with a title and a url') })
    .default([])
    .meta({ title: 'Källor', description: 'Krävs när texten är sammanställd av redaktionen.' }),
};

function provenanceRules(data: { illustrative: boolean; editorial: boolean; sources: unknown[] }, ctx: z.RefinementCtx) {
  if (data.illustrative && data.editorial) {
    ctx.addIssue({
      code: 'custom',
      path: ['editorial'],
      message: 'a text is either an example (illustrative) or compiled from sources (editorial), not both',
    });
  }
  if (data.editorial && data.sources.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: 'editorial text must list the sources it was compiled from' });
  }
}

export const goalAreaSchema = z.object({ order, title, summary, ...provenance }).superRefine(provenanceRules);

// No data is never an assessment.
const assessedStatuses = progressStatuses.filter((status) => status !== 'noData') as [Exclude<ProgressStatus, 'noData'>, ...Exclude<ProgressStatus, 'noData'>[]];

/**
 * A communicator's own assessment of a goal, which replaces the one computed from its
 * indicators and activities; the reason is shown beside it.
 */
const assessment = z.object(
  {
    status: z
      .enum(assessedStatuses, { error: `expected ${assessedStatuses.map((status) => `"${status}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}` })
      .meta({ title: 'Bedömning', options: { onTrack: 'I fas', atRisk: 'Risk att inte nås', offTrack: 'Nås inte' } }),
    reason: z
      .string({ error: 'write the reason for the assessment' })
      .trim()
      .min(1, { error: 'write the reason for the assessment' })
      .meta({ title: 'Motivering', multiline: true }),
  },
  { error: 'expected an assessment with a "status" and a "reason"' },
);

export const goalSchema = z
  .object({
    area: referenceTo('goalAreas').meta({ title: 'Målområde', description: 'Målområdet som målet hör till.' }),
    order: order.meta({ description: 'Ett heltal som bestämmer målets plats bland målen i målområdet: 1 först.' }),
    title,
    summary,
    assessment: assessment
      .optional()
      .meta({ title: 'Egen bedömning', description: 'Ersätter bedömningen som räknas fram ur målets mått och aktiviteter; motiveringen visas bredvid.' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const organisationKinds = ['board', 'administration'] as const;
export const organisationSchema = z
  .object({
    kind: z
      .enum(organisationKinds, { error: found('expected "board" (nämnd or styrelse) or "administration" (förvaltning)') })
      .meta({ title: 'Slag', options: { board: 'Nämnd eller styrelse', administration: 'Förvaltning' } }),
    title: title.meta({ title: 'Namn' }),
    /** The board an administration works for. */
    board: referenceTo('organisations', { field: 'kind', value: 'board' })
      .optional()
      .meta({ title: 'Nämnd', description: 'För en förvaltning: nämnden eller styrelsen den arbetar för.' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const developmentAreaSchema = z
  .object({
    title,
    summary,
    goals: z
      .array(referenceTo('goals'), { error: found('expected a list of goal ids, such as [goal-one, goal-two]') })
      .min(1, { error: 'the list is empty; name at least one goal this development area serves' })
      .meta({ title: 'Mål', description: 'Målen som utvecklingsområdet ska bidra till, minst ett.' }),
    board: referenceTo('organisations', { field: 'kind', value: 'board' }).meta({ title: 'Ansvarig nämnd', description: 'Nämnden eller styrelsen som har valt utvecklingsområdet.' }),
    period,
    ...provenance,
  })
  .superRefine(provenanceRules);

export const activityStatuses = ['planned', 'ongoing', 'done', 'postponed'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const activitySchema = z
  .object({
    title,
    summary,
    developmentArea: referenceTo('developmentAreas').meta({ title: 'Utvecklingsområde', description: 'Utvecklingsområdet som aktiviteten hör till.' }),
    administration: referenceTo('organisations', { field: 'kind', value: 'administration' }).meta({
      title: 'Ansvarig förvaltning',
      description: 'Förvaltningen som gör aktiviteten.',
    }),
    status: z
      .enum(activityStatuses, { error: found(`expected one of: ${activityStatuses.join(', ')}`) })
      .meta({ title: 'Läge', options: { planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', postponed: 'Uppskjuten' } }),
    period,
    order: order.meta({ description: 'Ett heltal som bestämmer aktivitetens plats i utvecklingsområdet: 1 först.' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const indicatorUnits = ['percent', 'count', 'sek', 'days', 'years', 'index'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

const measurement = z.object(
  { year, value: z.number({ error: found('expected a number, with a point as decimal sign, such as 41.5') }).meta({ title: 'Värde' }) },
  { error: found('expected a year and a value, such as { year: 2023, value: 41.5 }') },
);

export const indicatorSchema = z
  .object({
    title,
    summary,
    unit: z
      .enum(indicatorUnits, { error: found(`expected one of: ${indicatorUnits.join(', ')}`) })
      .meta({ title: 'Enhet', options: { percent: 'Procent', count: 'Antal', sek: 'Kronor', days: 'Dagar', years: 'År', index: 'Index' } }),
    direction: z
      .enum(['higher', 'lower'], { error: found('expected "higher" or "lower" (which is better)') })
      .meta({ title: 'Riktning', options: { higher: 'Högre värde är bättre', lower: 'Lägre värde är bättre' } }),
    baseline: measurement.meta({ title: 'Utgångsvärde', description: 'Värdet när arbetet började, och året det gällde.' }),
    target: measurement.meta({ title: 'Målvärde', description: 'Värdet som ska nås, och året det ska vara nått.' }),
    /** Values by year, e.g. `2023: 41.5`; the editor writes `'2023': '41.5'`, read as the same. */
    values: z
      .record(
        z
          .string()
          .regex(/^\d{4}$/, { error: found('expected a year such as 2024 before the colon') })
          .meta({ title: 'År' }),
        z.preprocess(numberFromText, z.number({ error: found('expected a number, with a point as decimal sign, such as 41.5') })).meta({ title: 'Värde' }),
        { error: found('expected one line per year: the year, a colon and the value, such as 2023: 41.5') },
      )
      .default({})
      .meta({
        title: 'Värden per år',
        description: 'Ett år (fyra siffror) och ett värde per rad, med punkt som decimaltecken: 41.5. Åren ligger från utgångsvärdets år till målvärdets.',
      }),
    source: z
      .string({ error: found('expected the name of the source of the values (text)') })
      .trim()
      .min(1, { error: 'the source is empty; name the source of the values' })
      .meta({ title: 'Källa', description: 'Var värdena kommer ifrån, till exempel Kolada eller kommunens egen enkät.' }),
    /** Kolada's id for the key figure (KPI), e.g. N15419. */
    kolada: z
      .string({ error: found('expected a Kolada KPI id such as N15419') })
      .regex(/^[NU]\d{5}$/, { error: found('expected a Kolada KPI id such as N15419') })
      .optional()
      .meta({ title: 'Kolada-id', description: 'Koladas id för nyckeltalet: N eller U och fem siffror, till exempel N15419.' }),
    goals: z
      .array(referenceTo('goals'), { error: found('expected a list of goal ids, such as [goal-one, goal-two]') })
      .min(1, { error: 'the list is empty; name at least one goal this indicator measures' })
      .meta({ title: 'Mål', description: 'Målen som måttet visar hur det går för, minst ett.' }),
    ...provenance,
  })
  .superRefine((data, ctx) => {
    provenanceRules(data, ctx);
    const from = data.baseline.year;
    const to = data.target.year;
    if (to <= from) {
      ctx.addIssue({ code: 'custom', path: ['target', 'year'], message: `the target year ${to} must come after the baseline year ${from}` });
      return;
    }
    for (const key of Object.keys(data.values)) {
      const valueYear = Number(key);
      if (valueYear < from || valueYear > to) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', key],
          message: `the year ${key} is outside the indicator's range ${from}–${to} (baseline year to target year)`,
        });
      }
    }
  });

export const initiativeSchema = z
  .object({
    title,
    summary,
    order,
    goalAreas: z
      .array(referenceTo('goalAreas'), { error: found('expected a list of goal area ids, such as [area-one, area-two]') })
      .default([])
      .meta({ title: 'Målområden', description: 'Målområdena som satsningen bidrar till.' }),
    /** Set on the parts of an initiative: the initiative they belong to. */
    partOf: referenceTo('initiatives')
      .optional()
      .meta({ title: 'Del av', description: 'För en del av en satsning: satsningen den hör till.' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const pageSchema = z
  .object({
    title,
    summary,
    /** Position in the main menu; pages without it are reached through links and the site index. */
    menu: order.optional().meta({ title: 'Plats i huvudmenyn', description: 'Ett heltal: 1 först. Utan det nås sidan genom länkar och innehållsförteckningen.' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

/**
 * Something on the site that is known not to be accessible to everyone, for the accessibility
 * statement. The text says what and how to get around it; `reason` is the law's category.
 */
export const accessibilityProblemSchema = z
  .object({
    title,
    /** DIGG's categories: not yet compliant, a disproportionate burden, or outside the law's scope. */
    reason: z
      .enum(['nonCompliance', 'disproportionateBurden', 'outsideScope'], {
        error: 'expected "nonCompliance", "disproportionateBurden" or "outsideScope"',
      })
      .meta({
        title: 'Skäl',
        options: {
          nonCompliance: 'Bristande förenlighet med lagkraven',
          disproportionateBurden: 'Oskäligt betungande anpassning',
          outsideScope: 'Utanför lagens tillämpningsområde',
        },
      }),
    /** WCAG 2.1 success criteria concerned, e.g. "1.3.1". */
    criteria: z
      .array(
        z
          .string()
          .regex(/^\d\.\d\.\d{1,2}$/, { error: 'expected a WCAG success criterion such as 1.3.1' })
          .meta({ title: 'Kriterium', description: 'Ett framgångskriterium i WCAG 2.1, till exempel 1.3.1.' }),
      )
      .default([])
      .meta({ title: 'WCAG-kriterier' }),
    ...provenance,
  })
  .superRefine(provenanceRules);

/**
 * A translation of one source entry into one language. It lives at
 * `content/translations/<language>/<collection folder>/<entry id>.md` and holds text only.
 */
export const translationSchema = z.object({
  title,
  summary,
  updated,
  /** The reason of a goal's own assessment, in this language. */
  assessmentReason: z.string().trim().min(1).optional().meta({ title: 'Motivering av bedömningen', multiline: true }),
  /** The editors' note about the text, in this language. */
  editorialNote,
  /**
   * Fingerprint of the Swedish text this translation was made from; `npm run translations`
   * writes it. When the Swedish text changes, the translation shows as outdated.
   */
  sourceHash: z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'found a number, expected the fingerprint in quotes, as `npm run translations -- --stamp` writes it'
          : found('expected the fingerprint in quotes, as `npm run translations -- --stamp` writes it')(issue),
    })
    .regex(/^[0-9a-f]{12}$/, { error: found('expected the 12-character fingerprint that `npm run translations -- --stamp` writes') })
    .optional()
    .meta({ title: 'Fingeravtryck', description: 'Skrivs av npm run translations -- --stamp när någon granskar översättningen.', hidden: true }),
  /** Translations written here start as drafts; a reviewer who knows the language sets `reviewed`. */
  status: z
    .enum(['draft', 'reviewed'], { error: found('expected "draft" or "reviewed"') })
    .default('draft')
    .meta({ title: 'Status', description: 'Granskad när någon som har språket som sitt eget har läst översättningen.', options: { draft: 'Utkast', reviewed: 'Granskad' } }),
  /** Who translated the text, where that is known: the page says so. Nothing is said otherwise. */
  translator: z
    .string({ error: found('expected the name of the translator (text)') })
    .trim()
    .min(1, { error: 'the name is empty; expected who translated the text, or no translator field' })
    .optional()
    .meta({ title: 'Översatt av' }),
  /** Who checked the translation; the page says so. */
  reviewedBy: z
    .string({ error: found('expected the name of the reviewer (text)') })
    .trim()
    .min(1, { error: 'the name is empty; expected who checked the translation, or no reviewedBy field' })
    .optional()
    .meta({ title: 'Granskad av' }),
});

/** The schema of each collection of source entries, by the collection's name (content.config.ts). */
export const collectionSchemas = {
  goalAreas: goalAreaSchema,
  goals: goalSchema,
  organisations: organisationSchema,
  developmentAreas: developmentAreaSchema,
  activities: activitySchema,
  indicators: indicatorSchema,
  initiatives: initiativeSchema,
  pages: pageSchema,
  accessibilityProblems: accessibilityProblemSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
