import { z } from 'astro/zod';
import { reference } from 'astro:content';

/*
 * The content model. Every entry holds its language-neutral facts (order, references, numbers,
 * periods) once, in its Swedish source file, together with the Swedish text. A translation adds
 * text for one language and nothing else (see translationSchema).
 *
 * Messages are written for communicators: they say what was expected, in words.
 */

const year = z
  .number({ error: 'expected a year such as 2024' })
  .int({ error: 'expected a whole year such as 2024' })
  .min(1900, { error: 'expected a year from 1900 on' })
  .max(2200, { error: 'expected a year before 2200' });

const order = z
  .number({ error: 'expected a whole number that sets the order, such as 1' })
  .int({ error: 'expected a whole number that sets the order, such as 1' })
  .positive({ error: 'expected 1 or more' });

const title = z.string({ error: 'expected a title (text)' }).trim().min(1, { error: 'the title is empty' });
const summary = z.string({ error: 'expected a summary (text)' }).trim().min(1).optional();

const period = z
  .object({ from: year, to: year }, { error: 'expected a period with a year "from" and a year "to"' })
  .refine((p) => p.from <= p.to, { error: 'the period ends ("to") before it starts ("from")', path: ['to'] });

const source = z.object({
  title: z.string().trim().min(1),
  url: z.url({ error: 'expected a full web address starting with https://' }).optional(),
});

/**
 * Who wrote the text. The municipality's own text is the default; anything else is shown to
 * readers for what it is.
 */
const provenance = {
  /** An example made up to show how the model works; not a decision of the municipality. */
  illustrative: z.boolean().default(false),
  /** Written for this site from public sources (listed in `sources`), not by the municipality. */
  editorial: z.boolean().default(false),
  sources: z.array(source).default([]),
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

export const goalSchema = z
  .object({ area: reference('goalAreas'), order, title, summary, ...provenance })
  .superRefine(provenanceRules);

export const organisationKinds = ['board', 'administration'] as const;
export const organisationSchema = z
  .object({
    kind: z.enum(organisationKinds, { error: 'expected "board" (nämnd or styrelse) or "administration" (förvaltning)' }),
    title,
    /** The board an administration works for. */
    board: reference('organisations').optional(),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const developmentAreaSchema = z
  .object({
    title,
    summary,
    goals: z.array(reference('goals')).min(1, { error: 'name at least one goal this development area serves' }),
    board: reference('organisations'),
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
    developmentArea: reference('developmentAreas'),
    administration: reference('organisations'),
    status: z.enum(activityStatuses, { error: `expected one of: ${activityStatuses.join(', ')}` }),
    period,
    order,
    ...provenance,
  })
  .superRefine(provenanceRules);

export const indicatorUnits = ['percent', 'count', 'sek', 'days', 'years', 'index'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

const measurement = z.object({ year, value: z.number({ error: 'expected a number' }) });

export const indicatorSchema = z
  .object({
    title,
    summary,
    unit: z.enum(indicatorUnits, { error: `expected one of: ${indicatorUnits.join(', ')}` }),
    direction: z.enum(['higher', 'lower'], { error: 'expected "higher" or "lower" (which is better)' }),
    baseline: measurement,
    target: measurement,
    /** Values by year, e.g. `2023: 41.5`. */
    values: z
      .record(z.string().regex(/^\d{4}$/, { error: 'expected a year such as 2024 as key' }), z.number({ error: 'expected a number' }))
      .default({}),
    source: z.string().trim().min(1, { error: 'name the source of the values' }),
    /** Kolada's id for the key figure (KPI), e.g. N15419. */
    kolada: z
      .string({ error: 'expected a Kolada KPI id such as N15419' })
      .regex(/^[NU]\d{5}$/, { error: 'expected a Kolada KPI id such as N15419' })
      .optional(),
    goals: z.array(reference('goals')).min(1, { error: 'name at least one goal this indicator measures' }),
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
    goalAreas: z.array(reference('goalAreas')).default([]),
    /** Set on the parts of an initiative: the initiative they belong to. */
    partOf: reference('initiatives').optional(),
    ...provenance,
  })
  .superRefine(provenanceRules);

export const pageSchema = z
  .object({
    title,
    summary,
    /** Position in the main menu; pages without it are reached through links and the site index. */
    menu: order.optional(),
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
  /**
   * Fingerprint of the Swedish text this translation was made from; `npm run translations`
   * writes it. When the Swedish text changes, the translation shows as outdated.
   */
  sourceHash: z
    .string({ error: 'expected the fingerprint in quotes, as `npm run translations -- --stamp` writes it' })
    .regex(/^[0-9a-f]{12}$/, { error: 'expected the 12-character fingerprint that `npm run translations -- --stamp` writes' })
    .optional(),
  /** Translations written here start as drafts; a reviewer who knows the language sets `reviewed`. */
  status: z.enum(['draft', 'reviewed'], { error: 'expected "draft" or "reviewed"' }).default('draft'),
});
