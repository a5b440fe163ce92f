import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { numberFromText } from './decimal.ts';
import { found } from './messages.ts';

/*
 * The content model. Every entry holds its language-neutral facts (order, references, numbers,
 * periods) once, in its Swedish source file, together with the Swedish text. A translation adds
 * text for one language and nothing else (see translationSchema).
 *
 * Messages are written for communicators (messages.ts): `found()` puts the value from the file
 * in front of the expectation.
 */

const year = z
  .number({ error: found('expected a year such as 2024') })
  .int({ error: found('expected a whole year such as 2024') })
  .min(1900, { error: found('expected a year from 1900 on') })
  .max(2200, { error: found('expected a year before 2200') });

const order = z
  .number({ error: found('expected a whole number that sets the order, such as 1') })
  .int({ error: found('expected a whole number that sets the order, such as 1') })
  .positive({ error: found('expected 1 or more') });

const title = z.string({ error: found('expected a title (text)') }).trim().min(1, { error: 'the title is empty; expected a title (text)' });
const summary = z
  .string({ error: found('expected a summary (text)') })
  .trim()
  .min(1, { error: 'the summary is empty; expected a short text, or no summary field at all' })
  .optional();

const period = z
  .object({ from: year, to: year }, { error: found('expected a period with a year "from" and a year "to", such as { from: 2024, to: 2027 }') })
  .refine((p) => p.from <= p.to, {
    error: (issue) => {
      const { from, to } = issue.input as { from: number; to: number };
      return `found from ${from} and to ${to}: the period ends ("to") before it starts ("from"); expected a "to" year of ${from} or later.`;
    },
    path: ['to'],
  });

const source = z.object({
  title: z.string({ error: found('expected the name of the source (text)') }).trim().min(1, { error: 'the name of the source is empty' }),
  url: z.url({ error: found('expected a full web address starting with https://') }).optional(),
});

/**
 * Who wrote the text. The municipality's own text is the default; anything else is shown to
 * readers for what it is.
 */
/**
 * When the text was last changed, for pages built outside a git checkout; git's date of the
 * file's last commit is used first.
 */
const updated = z.coerce.date({ error: 'expected a date such as 2026-11-26' }).optional();

/**
 * A note from the editors of the site about the text, shown beside it and marked as theirs: for
 * what a reader should know and the text cannot say (a discrepancy in the original, a source).
 */
const editorialNote = z
  .string({ error: found('expected a note (text)') })
  .trim()
  .min(1, { error: 'the note is empty; expected a short text, or no editorialNote field at all' })
  .optional();

const provenance = {
  updated,
  editorialNote,
  /** An example made up to show how the model works; not a decision of the municipality. */
  illustrative: z.boolean({ error: found('expected true or false') }).default(false),
  /** Written for this site from public sources (listed in `sources`), not by the municipality. */
  editorial: z.boolean({ error: found('expected true or false') }).default(false),
  sources: z.array(source, { error: found('expected a list of sources, each with a title and a url') }).default([]),
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

/**
 * A communicator's own assessment of a goal, which replaces the one computed from its
 * indicators and activities; the reason is shown beside it.
 */
const assessment = z.object(
  {
    status: z.enum(['onTrack', 'atRisk', 'offTrack'], { error: 'expected "onTrack", "atRisk" or "offTrack"' }),
    reason: z.string({ error: 'write the reason for the assessment' }).trim().min(1, { error: 'write the reason for the assessment' }),
  },
  { error: 'expected an assessment with a "status" and a "reason"' },
);

export const goalSchema = z
  .object({ area: reference('goalAreas'), order, title, summary, assessment: assessment.optional(), ...provenance })
  .superRefine(provenanceRules);

export const organisationKinds = ['board', 'administration'] as const;
export const organisationSchema = z
  .object({
    kind: z.enum(organisationKinds, { error: found('expected "board" (nämnd or styrelse) or "administration" (förvaltning)') }),
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
    goals: z.array(reference('goals'), { error: found('expected a list of goals, such as [fler-bostader]') }).min(1, { error: 'the list is empty; name at least one goal this development area serves' }),
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
    status: z.enum(activityStatuses, { error: found(`expected one of: ${activityStatuses.join(', ')}`) }),
    period,
    order,
    ...provenance,
  })
  .superRefine(provenanceRules);

export const indicatorUnits = ['percent', 'count', 'sek', 'days', 'years', 'index'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

const measurement = z.object(
  { year, value: z.number({ error: found('expected a number, with a point as decimal sign, such as 41.5') }) },
  { error: found('expected a year and a value, such as { year: 2023, value: 41.5 }') },
);

export const indicatorSchema = z
  .object({
    title,
    summary,
    unit: z.enum(indicatorUnits, { error: found(`expected one of: ${indicatorUnits.join(', ')}`) }),
    direction: z.enum(['higher', 'lower'], { error: found('expected "higher" or "lower" (which is better)') }),
    baseline: measurement,
    target: measurement,
    /** Values by year, e.g. `2023: 41.5`; the editor writes `'2023': '41.5'`, read as the same. */
    values: z
      .record(
        z.string().regex(/^\d{4}$/, { error: found('expected a year such as 2024 before the colon') }),
        z.preprocess(numberFromText, z.number({ error: found('expected a number, with a point as decimal sign, such as 41.5') })),
        { error: found('expected one line per year: the year, a colon and the value, such as 2023: 41.5') },
      )
      .default({}),
    source: z.string({ error: found('expected the name of the source of the values (text)') }).trim().min(1, { error: 'the source is empty; name the source of the values' }),
    /** Kolada's id for the key figure (KPI), e.g. N15419. */
    kolada: z
      .string({ error: found('expected a Kolada KPI id such as N15419') })
      .regex(/^[NU]\d{5}$/, { error: found('expected a Kolada KPI id such as N15419') })
      .optional(),
    goals: z.array(reference('goals'), { error: found('expected a list of goals, such as [fler-bostader]') }).min(1, { error: 'the list is empty; name at least one goal this indicator measures' }),
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
    goalAreas: z.array(reference('goalAreas'), { error: found('expected a list of goal areas, such as [larande]') }).default([]),
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
 * Something on the site that is known not to be accessible to everyone, for the accessibility
 * statement. The text says what and how to get around it; `reason` is the law's category.
 */
export const accessibilityProblemSchema = z
  .object({
    title,
    /** DIGG's categories: not yet compliant, a disproportionate burden, or outside the law's scope. */
    reason: z.enum(['nonCompliance', 'disproportionateBurden', 'outsideScope'], {
      error: 'expected "nonCompliance", "disproportionateBurden" or "outsideScope"',
    }),
    /** WCAG 2.1 success criteria concerned, e.g. "1.3.1". */
    criteria: z.array(z.string().regex(/^\d\.\d\.\d{1,2}$/, { error: 'expected a WCAG success criterion such as 1.3.1' })).default([]),
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
  assessmentReason: z.string().trim().min(1).optional(),
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
    .optional(),
  /** Translations written here start as drafts; a reviewer who knows the language sets `reviewed`. */
  status: z.enum(['draft', 'reviewed'], { error: found('expected "draft" or "reviewed"') }).default('draft'),
  /** Who translated the text, where that is known: the page says so. Nothing is said otherwise. */
  translator: z.string({ error: found('expected the name of the translator (text)') }).trim().min(1, { error: 'the name is empty; expected who translated the text, or no translator field' }).optional(),
  /** Who checked the translation; the page says so. */
  reviewedBy: z.string({ error: found('expected the name of the reviewer (text)') }).trim().min(1, { error: 'the name is empty; expected who checked the translation, or no reviewedBy field' }).optional(),
});
