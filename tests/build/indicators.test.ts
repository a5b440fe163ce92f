import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text, type ContentFile } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* The numbers on the site are the numbers in the content: charts, tables and open data. */

const valuesOf = (entry: ContentFile) =>
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

/** A number as a page writes it ("1 234,5 %", "−3", "12 dagar") read back. */
const numberIn = (cell: string) => Number(cell.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d,.−-]/g, '').replace(',', '.').replace('−', '-'));

/**
 * The chart's scales as a reader works them out: the value of two labels on the y axis against
 * where they stand, and the years under the x axis against where they stand.
 */
function scalesOf(svg: Element) {
  const yLabels = [...svg.querySelectorAll('.chart__axis text[text-anchor="end"]')].map((label) => ({ value: numberIn(text(label)), y: Number(label.getAttribute('y')) }));
  const xLabels = [...svg.querySelectorAll('.chart__axis text[text-anchor="middle"]')].map((label) => ({ year: Number(text(label)), x: Number(label.getAttribute('x')) }));
  if (yLabels.length < 2 || xLabels.length < 2) throw new Error('a chart needs two labels on each axis to be read');
  const [a, b] = [yLabels[0]!, yLabels.at(-1)!];
  const [first, last] = [xLabels[0]!, xLabels.at(-1)!];
  return {
    value: (y: number) => a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y),
    year: (x: number) => first.year + ((x - first.x) * (last.year - first.year)) / (last.x - first.x),
    /** Coordinates are rounded to 0.01 px: that much, in the chart's own units. */
    tolerance: Math.abs((b.value - a.value) / (b.y - a.y)) * 0.011,
  };
}

describe.each(siteNames.filter((name) => site(name).entries('indicators').length > 0))('indicators of the %s site', (name) => {
  const built = site(name);
  const indicators = nonEmpty(built.entries('indicators'), 'indicator');

  it('have charts that read back, from their axes, as their values and target', () => {
    const problems: string[] = [];
    for (const indicator of indicators) {
      const svg = built.page(built.entryPath('indicators', indicator.id)).querySelector('main svg.chart__svg');
      if (!svg || svg.getAttribute('role') !== 'img' || !text(svg.querySelector('title')).includes(indicator.data.title)) {
        problems.push(`${indicator.id}: no labelled chart`);
        continue;
      }
      const scale = scalesOf(svg);
      const points = [...svg.querySelectorAll('circle.chart__point')].map((c) => ({ year: scale.year(Number(c.getAttribute('cx'))), value: scale.value(Number(c.getAttribute('cy'))) }));
      const expected = valuesOf(indicator);
      if (points.length !== expected.length) problems.push(`${indicator.id}: ${points.length} points for ${expected.length} values`);
      expected.forEach((m, i) => {
        const p = points[i];
        if (!p || Math.abs(p.year - m.year) > 0.01 || Math.abs(p.value - m.value) > scale.tolerance) problems.push(`${indicator.id}: ${m.year} ${m.value} drawn as ${p?.year} ${p?.value}`);
      });
      const target = indicator.data.target as { year: number; value: number };
      const line = svg.querySelector('line.chart__target')!;
      const mark = svg.querySelector('.chart__target-mark')!.getAttribute('d')!;
      const markX = Number(/^M([\d.]+)/.exec(mark)![1]);
      if (Math.abs(scale.value(Number(line.getAttribute('y1'))) - target.value) > scale.tolerance) problems.push(`${indicator.id}: target line off`);
      if (Math.abs(scale.year(markX) - target.year) > 0.01) problems.push(`${indicator.id}: target year off`);
    }
    expect(problems).toEqual([]);
  });

  it('have tables with the same numbers', () => {
    for (const indicator of indicators) {
      const document = built.page(built.entryPath('indicators', indicator.id));
      const rows = [...document.querySelectorAll('main table.values tbody tr')].map((row) => ({ year: Number(text(row.querySelector('th'))), value: numberIn(text(row.querySelector('td'))) }));
      expect(rows, indicator.id).toEqual(valuesOf(indicator));
    }
  });

  it('show a status in words', () => {
    for (const indicator of indicators) {
      expect(text(built.page(built.entryPath('indicators', indicator.id)).querySelector('main [data-progress]')).length, indicator.id).toBeGreaterThan(2);
    }
  });
});

describe.each(siteNames)('open data of the %s site', (name) => {
  const built = site(name);
  const read = (file: string) => readFileSync(join(built.outDir, 'data', file), 'utf8');
  const schema = JSON.parse(read('malbild.schema.json'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const indicators = built.entries('indicators');

  it.each(built.languages)('the %s model validates against the published schema', (lang) => {
    const data = JSON.parse(read(`malbild.${lang}.json`));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.language).toBe(lang);
    expect(data.municipality.name).toBe(built.settings.municipality.name[lang]);
  });

  it('holds every goal area, goal and indicator value of the content', () => {
    const data = JSON.parse(read('malbild.sv.json')) as { areas: { id: string }[]; goals: { id: string }[]; indicators: { id: string; values: { year: number; value: number }[] }[] };
    expect(data.areas.map((a) => a.id).sort()).toEqual(nonEmpty(built.entries('goal-areas'), 'goal area').map((a) => a.id));
    expect(data.goals.map((g) => g.id).sort()).toEqual(built.entries('goals').map((g) => g.id));
    for (const indicator of indicators) expect(data.indicators.find((i) => i.id === indicator.id)?.values).toEqual(valuesOf(indicator));
    expect(data.indicators).toHaveLength(indicators.length);
  });

  it('has a CSV with one row per value, linked from the open data page in every language, where there are measures', () => {
    const files = ['/data/malbild.sv.json', '/data/malbild.schema.json'];
    if (indicators.length > 0) {
      const [header, ...rows] = parseCsv(read('indikatorvarden.csv'));
      expect(header?.slice(0, 6)).toEqual(['indicator', 'title', 'unit', 'direction', 'year', 'value']);
      expect(rows.every((row) => row.length === header!.length)).toBe(true);
      const expected = indicators.flatMap((indicator) => valuesOf(indicator).map((m) => `${indicator.id}|${m.year}|${m.value}`));
      expect(rows.map(([id, , , , year, value]) => `${id}|${year}|${value}`).sort()).toEqual(expected.sort());
      files.push('/data/indikatorvarden.csv');
    } else {
      expect(built.has('/data/indikatorvarden.csv')).toBe(false);
    }
    for (const lang of built.languages) {
      const links = [...built.page(`${built.prefix(lang)}oppna-data/`).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links, lang).toEqual(expect.arrayContaining(files));
      if (indicators.length === 0) expect(links, lang).not.toContain('/data/indikatorvarden.csv');
    }
  });
});
