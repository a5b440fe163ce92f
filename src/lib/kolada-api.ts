import { z } from 'astro/zod';
import { koladaDataUrl } from './kolada-url.ts';

/*
 * Kolada's API, for `npm run kolada`: fetching one KPI's values for one municipality, and what
 * an answer must look like to be used, stated as a zod schema (pageSchema) like the content
 * model in src/schemas/content.ts.
 *
 * The API, as relied on (Kolada API v3, https://api.kolada.se/v3):
 *
 *   GET {base}/data/kpi/{kpi_id}/municipality/{municipality_id}
 *   → { "values": [ { "kpi": "N15419", "municipality": "2518", "period": 2024,
 *                     "values": [ { "gender": "T" | "K" | "M", "status": "…", "value": 42.0 | null,
 *                                   "count": 1 } ] } ],
 *       "count": 1, "next_url": "…" (only when there is a next page) }
 *
 * One row per KPI, municipality and year; in a row at most one value per gender, "T" being the
 * total (K women, M men), and `value` null where Kolada has no figure (status "Missing").
 *
 * Where this comes from (no official v3 reference text was found to quote):
 * - Kolada's own API description, github.com/Hypergene/kolada README.rst, "Query data": the
 *   route /data/kpi/<KPI>/municipality/<MUNICIPALITY_ID> and the row shape above, written for
 *   v2. kolada.se/om-oss/api points to it and asks users to cite "Källa: Kolada".
 * - Clients of v3, which use the same route under /v3 and read the same rows (kpi,
 *   municipality, period, values[].gender/value, picking gender "T"), and page with `next_url`:
 *   e.g. isakskogstad/Kolada-MCP (src/config/constants.ts, src/config/types.ts) and data
 *   scripts that call https://api.kolada.se/v3/data/kpi/<kpi>/municipality/<ids>. The Swagger
 *   description is served at https://api.kolada.se/v3/docs.
 * - v2 documented `period` as a string; v3 clients treat it as a number. Both are accepted
 *   (a four-digit year), nothing else is. Anything else off this shape is refused, not guessed.
 */

/** Kolada's municipality ids are four digits, e.g. 2518 (Övertorneå). */
export const MUNICIPALITY_ID = /^\d{4}$/;

const TIMEOUT_MS = 20_000;
/** A KPI for one municipality is one row per year; more pages than this means something is wrong. */
const MAX_PAGES = 10;

/** A problem with Kolada's answer, told in one line. */
export class KoladaError extends Error {}

/** Kolada could not be reached at all; other KPIs would fail the same way. */
export class NetworkError extends Error {}

export interface KoladaPage {
  /** The total (gender "T") per year; null where Kolada has the year but no figure. */
  totals: Map<number, number | null>;
  /** Number of rows (years) in the page, totals or not. */
  rows: number;
  /** The next page's address, when Kolada splits the answer. */
  nextUrl: string | undefined;
}

type Expected = { kpi: string; municipality: string };

/** A message that names the value found for a field (or that it is missing) and what was expected. */
function found(field: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `has no "${field}", expected ${expected}` : `"${field}" is ${JSON.stringify(issue.input)}, expected ${expected}`;
}

/** For the KPI or the municipality a row is about. */
function about(field: string, label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `has no "${field}", expected ${expected}` : `is for ${label} ${JSON.stringify(issue.input)}, expected ${expected}`;
}

// Whichever check a period fails, the message is the same: what was found, and that a year was expected.
const asYear = { error: found('period', 'a year such as 2024') };
const period = z.union(
  [z.int(asYear).min(1900, asYear).max(2199, asYear), z.string(asYear).regex(/^\d{4}$/, asYear).transform(Number)],
  asYear,
);

/** One gender's figure in a row. */
const figure = z.object(
  {
    gender: z.string({ error: 'expected values with a "gender"' }),
    value: z
      .number({
        error: (issue) =>
          issue.input === undefined ? 'expected values with a "value" (a number, or null)' : `value ${JSON.stringify(issue.input)} is not a number`,
      })
      .nullable(),
  },
  { error: 'expected values with a "gender"' },
);

/**
 * One page of Kolada's answer as relied on (see above). The messages say what is wrong in a
 * row or field; located() says which row. A row for another KPI or place would put wrong
 * numbers in the file, so it is refused like any other slip.
 */
function pageSchema(expected: Expected) {
  const row = z.object(
    {
      kpi: z.literal(expected.kpi, { error: about('kpi', 'KPI', expected.kpi) }),
      municipality: z.literal(expected.municipality, { error: about('municipality', 'municipality', expected.municipality) }),
      period,
      values: z
        .array(figure, { error: 'expected a "values" list' })
        .refine((figures) => figures.filter((entry) => entry.gender === 'T').length <= 1, { error: 'has two totals (gender "T")' }),
    },
    { error: 'expected an object' },
  );
  const shape = 'has an unexpected shape: expected an object with a "values" list';
  return z.object(
    {
      values: z.array(row, { error: shape }).superRefine((rows, ctx) => {
        const seen = new Map<number, number>();
        rows.forEach((row, index) => {
          const first = seen.get(row.period);
          if (first !== undefined) ctx.addIssue({ code: 'custom', message: `has the year ${row.period} twice (rows ${first + 1} and ${index + 1})` });
          seen.set(row.period, index);
        });
      }),
      next_url: z.string({ error: 'has a "next_url" that is not an address' }).nullish(),
    },
    { error: shape },
  );
}

// Read loosely, only to name a row in a message; the issue's path says the rows are there.
const anyRows = z.object({ values: z.array(z.unknown()) });
const rowYear = z.object({ period });

/**
 * Where in the answer an issue is: the row, counted from 1 as a person would, and, for a problem
 * in the row's values, the row's year as Kolada gave it.
 */
function located(issue: z.core.$ZodIssue, json: unknown): string {
  const [field, row, inRow] = issue.path;
  if (field !== 'values' || typeof row !== 'number') return `Kolada's answer ${issue.message}`;
  const year = inRow === 'values' ? rowYear.safeParse(anyRows.parse(json).values[row]).data?.period : undefined;
  return `Kolada's answer, row ${row + 1}${year === undefined ? '' : ` (${year})`}: ${issue.message}`;
}

/** Reads one page of Kolada's answer, checking it has the documented shape. */
export function parseKoladaPage(body: string, expected: Expected): KoladaPage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = body.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new KoladaError(`Kolada's answer is not JSON (it starts "${start}")`);
  }
  const page = pageSchema(expected).safeParse(json);
  // The first issue is enough to act on; the command stops at it.
  if (!page.success) throw new KoladaError(located(page.error.issues[0]!, json));
  const rows = page.data.values;
  const totals = new Map(rows.map((row) => [row.period, row.values.find((entry) => entry.gender === 'T')?.value ?? null]));
  return { totals, rows: rows.length, nextUrl: page.data.next_url || undefined };
}

/** The years that have a total, merged over pages; null totals (no figure) are left out. */
export function yearTotals(pages: readonly KoladaPage[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const page of pages) {
    for (const [year, total] of page.totals) {
      if (result.has(year)) throw new KoladaError(`Kolada's answer has the year ${year} twice`);
      if (total !== null) result.set(year, total);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Fetching

function unreachable(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  // fetch() says only "fetch failed"; what went wrong (refused, no such host) is in its cause.
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** One page from Kolada; HTTP errors, unreadable bodies and bad shapes become KoladaError. */
async function fetchPage(url: string, expected: Expected): Promise<KoladaPage> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    body = await response.text();
  } catch (error) {
    throw new NetworkError(`could not reach Kolada at ${url}: ${unreachable(error)}`);
  }
  if (response.status === 404) throw new KoladaError(`Kolada does not know this KPI or municipality (HTTP 404 for ${url})`);
  if (!response.ok) {
    const status = [response.status, response.statusText].filter(Boolean).join(' ');
    throw new KoladaError(`Kolada answered HTTP ${status} for ${url}`);
  }
  return parseKoladaPage(body, expected);
}

/**
 * All of one KPI's totals for the municipality, by year, following `next_url` a bounded number
 * of times. Years Kolada has without a figure are left out.
 */
export async function fetchKoladaTotals(api: string, kpi: string, municipality: string): Promise<Map<number, number>> {
  const expected = { kpi, municipality };
  const pages: KoladaPage[] = [];
  let url: string | undefined = koladaDataUrl(api, kpi, municipality);
  while (url !== undefined) {
    if (pages.length === MAX_PAGES) throw new KoladaError(`Kolada's answer goes on for more than ${MAX_PAGES} pages`);
    const page: KoladaPage = await fetchPage(url, expected);
    pages.push(page);
    url = page.nextUrl === undefined ? undefined : new URL(page.nextUrl, url).href;
  }
  if (pages.every((page) => page.rows === 0)) {
    throw new KoladaError(`Kolada has no values for KPI ${kpi} in municipality ${municipality}; is the KPI id right?`);
  }
  const totals = yearTotals(pages);
  if (totals.size === 0) throw new KoladaError('Kolada\'s answer has no total (gender "T") value for any year');
  return totals;
}
