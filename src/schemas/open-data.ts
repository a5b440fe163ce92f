import { z } from 'astro/zod';
import { languages } from '../config/languages.ts';
import { activityStatuses, indicatorUnits, organisationKinds } from './content.ts';
import { progressStatuses } from './progress.ts';

/*
 * The shape of the open data the build publishes (data/malbild.<language>.json). The JSON Schema
 * published beside it is generated from this, so the two cannot disagree.
 */

const id = z.string().describe('The entry’s id: its file name in the repository’s content/ folder.');
const url = z.string().describe('Address of the entry’s page in this language: absolute where the site’s address is known, otherwise from the site’s root.');
const text = {
  title: z.string(),
  lang: z.enum(languages as [string, ...string[]]).describe('The language the text is in: Swedish where no translation exists yet.'),
  illustrative: z.boolean().describe('True for examples that show how the model works, not decisions of the municipality.'),
};
const period = z.object({ from: z.number().int(), to: z.number().int() });
const status = z.enum(progressStatuses).describe('onTrack, atRisk, offTrack or noData, by the rules on the process page.');
const measurement = z.object({ year: z.number().int(), value: z.number() });

export const openDataSchema = z
  .object({
    language: z.enum(languages as [string, ...string[]]),
    municipality: z.object({ name: z.string(), code: z.string().optional().describe('The municipality code of SCB and Kolada, where the settings give it.') }),
    areas: z.array(z.object({ id, order: z.number().int(), ...text, url, status, goals: z.array(id) })),
    goals: z.array(
      z.object({
        id,
        area: id,
        order: z.number().int(),
        ...text,
        url,
        status,
        assessment: z
          .object({ status, reason: z.string(), computedStatus: status })
          .optional()
          .describe('Present when the municipality assessed the goal itself.'),
      }),
    ),
    organisations: z.array(z.object({ id, kind: z.enum(organisationKinds), ...text, board: id.optional() })),
    developmentAreas: z.array(z.object({ id, ...text, url, goals: z.array(id), board: id, period })),
    activities: z.array(
      z.object({ id, ...text, url, developmentArea: id, administration: id, status: z.enum(activityStatuses), period, order: z.number().int() }),
    ),
    indicators: z.array(
      z.object({
        id,
        ...text,
        url,
        unit: z.enum(indicatorUnits),
        direction: z.enum(['higher', 'lower']).describe('Which way is better.'),
        baseline: measurement,
        target: measurement,
        values: z.array(measurement).describe('Reported values, in year order.'),
        source: z.string(),
        kolada: z.string().optional().describe('Kolada’s id of the key figure, where there is one.'),
        goals: z.array(id),
        status,
        trend: z.enum(['improving', 'unchanged', 'worsening']).optional(),
      }),
    ),
    initiatives: z.array(z.object({ id, ...text, url, partOf: id.optional(), goalAreas: z.array(id) })),
  })
  .describe('The goal-steering model of the municipality, as published on this site.');

export type OpenData = z.infer<typeof openDataSchema>;
