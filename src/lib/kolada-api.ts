/*
 * Kolada's API, for `npm run kolada`: what an answer must look like, and reading it. No I/O
 * here: scripts/kolada.ts fetches.
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

/** A problem with Kolada's answer, told in one line. */
export class KoladaError extends Error {}

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

