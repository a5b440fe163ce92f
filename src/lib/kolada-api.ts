import { koladaDataUrl } from './kolada-url.ts';

/*
 * Kolada's API, for `npm run kolada`: fetching one KPI's values for one municipality, and what
 * an answer must look like to be used.
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one page of Kolada's answer, checking it has the documented shape. */
export function parseKoladaPage(body: string, expected: { kpi: string; municipality: string }): KoladaPage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = body.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new KoladaError(`Kolada's answer is not JSON (it starts "${start}")`);
  }
  if (!isRecord(json) || !Array.isArray(json.values)) {
    throw new KoladaError('Kolada\'s answer has an unexpected shape: expected an object with a "values" list');
  }
  const totals = new Map<number, number | null>();
  json.values.forEach((row, index) => {
    const { year, total } = readRow(row, index, expected);
    if (totals.has(year)) throw new KoladaError(`Kolada's answer has the year ${year} twice`);
    totals.set(year, total);
  });
  return { totals, rows: json.values.length, nextUrl: readNextUrl(json.next_url) };
}

function readRow(row: unknown, index: number, expected: { kpi: string; municipality: string }): { year: number; total: number | null } {
  const where = `Kolada's answer, row ${index + 1}`;
  if (!isRecord(row)) throw new KoladaError(`${where}: expected an object`);
  // An answer for another KPI or place would put wrong numbers in the file: refuse it.
  if (row.kpi !== expected.kpi) throw new KoladaError(`${where}: is for KPI ${JSON.stringify(row.kpi)}, expected ${expected.kpi}`);
  if (row.municipality !== expected.municipality) {
    throw new KoladaError(`${where}: is for municipality ${JSON.stringify(row.municipality)}, expected ${expected.municipality}`);
  }
  const year = readPeriod(row.period);
  if (year === undefined) throw new KoladaError(`${where}: "period" is ${JSON.stringify(row.period)}, expected a year such as 2024`);
  if (!Array.isArray(row.values)) throw new KoladaError(`${where} (${year}): expected a "values" list`);
  let total: number | null | undefined;
  for (const entry of row.values) {
    if (!isRecord(entry) || typeof entry.gender !== 'string') {
      throw new KoladaError(`${where} (${year}): expected values with a "gender"`);
    }
    const value = entry.value;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new KoladaError(`${where} (${year}): value ${JSON.stringify(value)} is not a number`);
    }
    if (entry.gender !== 'T') continue;
    if (total !== undefined) throw new KoladaError(`${where} (${year}): has two totals (gender "T")`);
    total = value;
  }
  return { year, total: total ?? null };
}

function readPeriod(period: unknown): number | undefined {
  if (typeof period === 'number' && Number.isInteger(period) && period >= 1900 && period < 2200) return period;
  if (typeof period === 'string' && /^\d{4}$/.test(period)) return Number(period);
  return undefined;
}

function readNextUrl(next: unknown): string | undefined {
  if (next === undefined || next === null || next === '') return undefined;
  if (typeof next !== 'string') throw new KoladaError('Kolada\'s answer has a "next_url" that is not an address');
  return next;
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
async function fetchPage(url: string, expected: { kpi: string; municipality: string }): Promise<KoladaPage> {
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
