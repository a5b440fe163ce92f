import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content.ts';
import { distDir, page, text } from '../support/dist.ts';

/* The numbers on the site are the numbers in the content: charts, tables and open data. */

const indicators = contentFiles('indicators');
const valuesOf = (entry: (typeof indicators)[number]) =>
  Object.entries((entry.data.values ?? {}) as Record<string, number>)
    .map(([year, value]) => ({ year: Number(year), value }))
    .sort((a, b) => a.year - b.year);
/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}
const numberIn = (cell: string) => Number(cell.replace(/[^\d,.−-]/g, '').replace(',', '.').replace('−', '-'));

describe.each(indicators)('indicator $id', (indicator) => {
  const document = page(`/indikatorer/${indicator.id}/`);

  it('has a chart whose points read back as its values', () => {
    const svg = document.querySelector('main svg.chart__svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(svg.querySelector('title'))).toContain(indicator.data.title);
    const [low, high] = svg.getAttribute('data-y-domain')!.split(' ').map(Number) as [number, number];
    const [top, bottom] = svg.getAttribute('data-plot')!.split(' ').map(Number) as [number, number];
    const read = (y: number) => low + ((bottom - y) / (bottom - top)) * (high - low);
    // Coordinates are rounded to 0.01 px: allow that much, in the chart's own units.
    const tolerance = ((high - low) / (bottom - top)) * 0.01;
    const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
    const plotted = [...svg.querySelectorAll('circle.chart__point')].map((c) => ({ year: Number(c.getAttribute('data-year')), value: read(Number(c.getAttribute('cy'))) }));
    const expected = valuesOf(indicator);
    expect(plotted.map((p) => p.year)).toEqual(expected.map((m) => m.year));
    plotted.forEach((p, i) => near(p.value, expected[i]!.value));
    const target = svg.querySelector('.chart__target-mark')!;
    near(read(Number(svg.querySelector('line.chart__target')!.getAttribute('y1'))), (indicator.data.target as { value: number }).value);
    expect(Number(target.getAttribute('data-year'))).toBe((indicator.data.target as { year: number }).year);
  });

  it('has a table with the same numbers', () => {
    const rows = [...document.querySelectorAll('main table.values tbody tr')].map((row) => ({
      year: Number(text(row.querySelector('th'))),
      value: numberIn(text(row.querySelector('td'))),
    }));
    expect(rows).toEqual(valuesOf(indicator));
  });

  it('shows a status in words', () => {
    expect(document.querySelector('main [data-progress]')?.textContent?.trim().length).toBeGreaterThan(2);
  });
});

describe('open data', () => {
  const read = (file: string) => readFileSync(join(distDir, 'data', file), 'utf8');
  const schema = JSON.parse(read('malbild.schema.json'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(['sv', 'fit', 'fi', 'en'])('the %s model validates against the published schema', (lang) => {
    const data = JSON.parse(read(`malbild.${lang}.json`));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.language).toBe(lang);
  });

  it('holds every indicator value of the content', () => {
    const data = JSON.parse(read('malbild.sv.json')) as { indicators: { id: string; values: { year: number; value: number }[] }[] };
    for (const indicator of indicators) expect(data.indicators.find((i) => i.id === indicator.id)?.values).toEqual(valuesOf(indicator));
    expect(data.indicators).toHaveLength(indicators.length);
  });

  it('has a CSV with one row per value', () => {
    const [header, ...rows] = parseCsv(read('indikatorvarden.csv'));
    expect(header?.slice(0, 6)).toEqual(['indicator', 'title', 'unit', 'direction', 'year', 'value']);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const expected = indicators.flatMap((indicator) => valuesOf(indicator).map((m) => `${indicator.id}|${m.year}|${m.value}`));
    expect(rows.map(([id, , , , year, value]) => `${id}|${year}|${value}`).sort()).toEqual(expected.sort());
  });

  it('is linked from the open data page in every language', () => {
    for (const prefix of ['/', '/fit/', '/fi/', '/en/']) {
      const links = [...page(`${prefix}oppna-data/`).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining(['/data/malbild.sv.json', '/data/malbild.schema.json', '/data/indikatorvarden.csv']));
    }
  });
});
