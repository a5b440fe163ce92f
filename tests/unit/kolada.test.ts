import { describe, expect, it } from 'vitest';
import { KoladaError, parseKoladaPage, yearTotals } from '../../src/lib/kolada-api.ts';
import { describeUpdate, mergeValues, readIndicator, rewriteIndicator } from '../../src/lib/kolada-indicator-file.ts';
import { koladaDataUrl } from '../../src/lib/kolada-url.ts';

const expected = { kpi: 'N15419', municipality: '2518' };

function row(period: unknown, values: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { kpi: 'N15419', municipality: '2518', period, values, ...overrides };
}

function answer(...rows: unknown[]): string {
  return JSON.stringify({ count: rows.length, values: rows });
}

const genders = (t: number | null, k = 1, m = 2) => [
  { gender: 'K', status: '', value: k },
  { gender: 'T', status: t === null ? 'Missing' : '', value: t },
  { gender: 'M', status: '', value: m },
];

describe('koladaDataUrl', () => {
  it('builds the v3 data route for one KPI and one municipality', () => {
    expect(koladaDataUrl('https://api.kolada.se/v3', 'N15419', '2518')).toBe('https://api.kolada.se/v3/data/kpi/N15419/municipality/2518');
    expect(koladaDataUrl('http://127.0.0.1:8080/v3/', 'U00001', '0180')).toBe('http://127.0.0.1:8080/v3/data/kpi/U00001/municipality/0180');
  });
});

describe('parseKoladaPage', () => {
  it('takes the total (gender T) per year, not the women’s or men’s figure', () => {
    const page = parseKoladaPage(answer(row(2023, genders(41.5, 40, 43)), row('2024', genders(42, 45, 39))), expected);
    expect([...page.totals]).toEqual([
      [2023, 41.5],
      [2024, 42],
    ]);
    expect(page.rows).toBe(2);
    expect(page.nextUrl).toBeUndefined();
  });

  it('keeps a year without a figure as null, and yearTotals leaves it out', () => {
    const page = parseKoladaPage(answer(row(2022, genders(null)), row(2023, genders(7))), expected);
    expect(page.totals.get(2022)).toBeNull();
    expect([...yearTotals([page])]).toEqual([[2023, 7]]);
  });

  it('reads the next page address', () => {
    const body = JSON.stringify({ values: [], next_url: 'https://api.kolada.se/v3/data/kpi/N15419/municipality/2518?page=2' });
    expect(parseKoladaPage(body, expected).nextUrl).toBe('https://api.kolada.se/v3/data/kpi/N15419/municipality/2518?page=2');
  });

  it.each([
    ['not JSON', '<html>Bad gateway</html>', /not JSON \(it starts "<html>Bad gateway<\/html>"\)/],
    ['an array', '[]', /expected an object with a "values" list/],
    ['values not a list', '{"values": {}}', /expected an object with a "values" list/],
    ['a row that is not an object', answer(42), /row 1: expected an object/],
    ['another KPI', answer(row(2024, genders(1), { kpi: 'N00001' })), /row 1: is for KPI "N00001", expected N15419/],
    ['another municipality', answer(row(2024, genders(1), { municipality: '1860' })), /is for municipality "1860", expected 2518/],
    ['a period that is not a year', answer(row('2024H1', genders(1))), /"period" is "2024H1", expected a year/],
    ['values not a list', answer(row(2024, 42)), /row 1 \(2024\): expected a "values" list/],
    ['a value without gender', answer(row(2024, [{ value: 1 }])), /expected values with a "gender"/],
    ['a value that is text', answer(row(2024, [{ gender: 'T', value: '42' }])), /value "42" is not a number/],
    ['two totals', answer(row(2024, [{ gender: 'T', value: 1 }, { gender: 'T', value: 2 }])), /has two totals/],
    ['a year twice', answer(row(2024, genders(1)), row(2024, genders(2))), /has the year 2024 twice/],
    ['a next_url that is not text', JSON.stringify({ values: [], next_url: 5 }), /"next_url" that is not an address/],
  ])('refuses %s', (_case, body, message) => {
    expect(() => parseKoladaPage(body, expected)).toThrow(KoladaError);
    expect(() => parseKoladaPage(body, expected)).toThrow(message);
  });

  it('accepts what Kolada adds or leaves empty: other fields, a null next_url', () => {
    const body = JSON.stringify({ count: 1, next_url: null, values: [{ ...row(2024, genders(5)), extra: true }] });
    expect(parseKoladaPage(body, expected)).toEqual({ totals: new Map([[2024, 5]]), rows: 1, nextUrl: undefined });
  });

  it.each([
    ['a value that is text, in the second row', answer(row(2023, genders(1)), row(2024, [{ gender: 'T', value: '42' }])), `Kolada's answer, row 2 (2024): value "42" is not a number`],
    ['a year before 1900', answer(row(1800, genders(1))), `Kolada's answer, row 1: "period" is 1800, expected a year such as 2024`],
    ['a year with a fraction', answer(row(2024.5, genders(1))), `Kolada's answer, row 1: "period" is 2024.5, expected a year such as 2024`],
    ['a row without a period', answer(row(undefined, genders(1))), `Kolada's answer, row 1: has no "period", expected a year such as 2024`],
    ['a row without a KPI', answer(row(2024, genders(1), { kpi: undefined })), `Kolada's answer, row 1: has no "kpi", expected N15419`],
    ['a value left out', answer(row(2024, [{ gender: 'T' }])), `Kolada's answer, row 1 (2024): expected values with a "value" (a number, or null)`],
    ['the same year in two rows', answer(row(2023, genders(1)), row(2024, genders(1)), row(2023, genders(2))), `Kolada's answer has the year 2023 twice (rows 1 and 3)`],
  ])('says where the problem is: %s', (_case, body, message) => {
    expect(() => parseKoladaPage(body, expected)).toThrow(message);
  });

  it('refuses a year that two pages both have', () => {
    const first = parseKoladaPage(answer(row(2024, genders(1))), expected);
    const second = parseKoladaPage(answer(row(2024, genders(1))), expected);
    expect(() => yearTotals([first, second])).toThrow(/the year 2024 twice/);
  });
});

describe('mergeValues', () => {
  const current = new Map([
    [2021, 88],
    [2022, 85],
    [2023, 83],
  ]);

  it('updates changed years, adds new ones, keeps years Kolada lacks and skips years outside the range', () => {
    const fromKolada = new Map([
      [2028, 1],
      [2022, 85.5],
      [2021, 88],
      [2020, 2],
      [2027, 90],
      [2024, 84],
    ]);
    const merge = mergeValues(current, fromKolada, { from: 2021, to: 2027 });
    expect([...merge.values]).toEqual([
      [2021, 88],
      [2022, 85.5],
      [2023, 83],
      [2024, 84],
      [2027, 90],
    ]);
    expect(merge.changes).toEqual([
      { year: 2022, kind: 'changed', from: 85, to: 85.5 },
      { year: 2024, kind: 'new', to: 84 },
      { year: 2027, kind: 'new', to: 90 },
    ]);
    expect(merge.skipped).toEqual([2020, 2028]);
    expect([...current.keys()]).toEqual([2021, 2022, 2023]);
  });

  it('changes nothing when Kolada agrees', () => {
    const merge = mergeValues(current, new Map([[2022, 85]]), { from: 2021, to: 2027 });
    expect(merge.changes).toEqual([]);
    expect([...merge.values]).toEqual([...current]);
  });
});

describe('describeUpdate', () => {
  const range = { from: 2021, to: 2027 };

  it('lists changes, new years, the source and skipped years in words', () => {
    const merge = mergeValues(new Map([[2024, 41.5]]), new Map([[2024, 42], [2025, 43.1], [2019, 1]]), range);
    expect(describeUpdate('indicators/x.md', merge, range, 'Exempelvärden')).toBe(
      'indicators/x.md: 2024 41.5 → 42, 2025 (new) 43.1, source Exempelvärden → Kolada; skipped 2019 (outside 2021–2027)',
    );
  });

  it('says "no change" when values and source already agree', () => {
    const merge = mergeValues(new Map([[2024, 42]]), new Map([[2024, 42]]), range);
    expect(describeUpdate('indicators/y.md', merge, range, 'Kolada')).toBe('indicators/y.md: no change');
  });

  it('names a source that was missing', () => {
    const merge = mergeValues(new Map(), new Map(), range);
    expect(describeUpdate('indicators/z.md', merge, range, undefined)).toBe('indicators/z.md: source (new) Kolada');
  });
});

const indicator = `---
title: Ett mått
baseline: { year: 2021, value: 88 }
target: { year: 2027, value: 95 }
values:
  2021: 88
  2022: 85
source: Exempelvärden
kolada: N15419
goals: [ett-mal]
---

Text with values:
  2021: 1
---
`;

describe('readIndicator', () => {
  it('reads the KPI, the range, the values and the source', () => {
    const facts = readIndicator(indicator);
    expect(facts).toEqual({
      kolada: 'N15419',
      range: { from: 2021, to: 2027 },
      values: new Map([
        [2021, 88],
        [2022, 85],
      ]),
      source: 'Exempelvärden',
    });
  });

  it('reads values written as text, as the editor writes them, as the build does', () => {
    const edited = indicator.replace('values:\n  2021: 88\n  2022: 85\n', "values:\n  '2021': '88'\n  '2022': 85\n");
    expect(readIndicator(edited)?.values).toEqual(readIndicator(indicator)?.values);
  });

  it('reads a file saved with a byte-order mark as without one', () => {
    expect(readIndicator(`\uFEFF${indicator}`)).toEqual(readIndicator(indicator));
  });

  it('passes over an indicator without a KPI', () => {
    expect(readIndicator(indicator.replace('kolada: N15419\n', ''))).toBeNull();
  });

  it.each([
    ['no frontmatter', 'title: x\n', /does not start with a "---" line/],
    ['no closing line', '---\ntitle: x\n', /no closing "---" line/],
    ['broken YAML', indicator.replace('goals: [ett-mal]', 'goals: [ett-mal'), /not valid YAML/],
    ['a KPI id of the wrong form', indicator.replace('N15419', 'N1541'), /kolada: found "N1541", expected a Kolada KPI id/],
    ['no baseline year', indicator.replace('baseline: { year: 2021, value: 88 }\n', ''), /baseline: expected/],
    ['a target before the baseline', indicator.replace('year: 2027', 'year: 2020'), /target year 2020 must come after baseline year 2021/],
    ['a value that is text', indicator.replace('2022: 85', '2022: "85,5"'), /values: "2022: 85,5" is not a year with a number/],
  ])('explains %s', (_case, text, message) => {
    expect(() => readIndicator(text)).toThrow(message);
  });
});

describe('rewriteIndicator', () => {
  const values = new Map([
    [2023, 83],
    [2021, 88],
    [2022, 85.5],
  ]);

  it('rewrites the values block, sorted by year, sets the source and keeps the rest byte for byte', () => {
    expect(rewriteIndicator(indicator, values)).toBe(
      indicator.replace('  2022: 85\n', '  2022: 85.5\n  2023: 83\n').replace('source: Exempelvärden', 'source: Kolada'),
    );
  });

  it('turns `values: {}` into a block', () => {
    const text = indicator.replace('values:\n  2021: 88\n  2022: 85\n', 'values: {}\n');
    expect(rewriteIndicator(text, new Map([[2024, 1]]))).toBe(
      text.replace('values: {}\n', 'values:\n  2024: 1\n').replace('source: Exempelvärden', 'source: Kolada'),
    );
  });

  it('adds a missing values block before source:, or at the end without one', () => {
    const withoutValues = indicator.replace('values:\n  2021: 88\n  2022: 85\n', '');
    expect(rewriteIndicator(withoutValues, new Map([[2024, 1]]))).toBe(
      withoutValues.replace('source: Exempelvärden\n', 'values:\n  2024: 1\nsource: Kolada\n'),
    );
    const withoutEither = withoutValues.replace('source: Exempelvärden\n', '');
    expect(rewriteIndicator(withoutEither, new Map([[2024, 1]]))).toBe(
      withoutEither.replace('goals: [ett-mal]\n', 'goals: [ett-mal]\nvalues:\n  2024: 1\nsource: Kolada\n'),
    );
  });

  it('adds a missing source after the values block', () => {
    const text = indicator.replace('source: Exempelvärden\n', '');
    expect(rewriteIndicator(text, new Map([[2021, 88], [2022, 85]]))).toBe(text.replace('  2022: 85\n', '  2022: 85\nsource: Kolada\n'));
  });

  it('keeps CRLF line endings', () => {
    const crlf = indicator.replaceAll('\n', '\r\n');
    expect(rewriteIndicator(crlf, values)).toBe(rewriteIndicator(indicator, values).replaceAll('\n', '\r\n'));
  });

  it('keeps a byte-order mark and every other byte outside the edited lines', () => {
    const marked = `\uFEFF${indicator.replaceAll('\n', '\r\n')}`;
    expect(rewriteIndicator(marked, values)).toBe(`\uFEFF${rewriteIndicator(indicator, values).replaceAll('\n', '\r\n')}`);
  });

  it('returns the same text when nothing changes, whatever the block looks like', () => {
    const done = indicator.replace('source: Exempelvärden', 'source: Kolada');
    expect(rewriteIndicator(done, new Map([[2022, 85], [2021, 88]]))).toBe(done);
    const commented = done.replace('values:\n', 'values:\n  # from the survey\n');
    expect(rewriteIndicator(commented, new Map([[2021, 88], [2022, 85]]))).toBe(commented);
  });

  it('refuses to rewrite a block it would lose something from', () => {
    const commented = indicator.replace('values:\n', 'values:\n  # from the survey\n');
    expect(() => rewriteIndicator(commented, values)).toThrow(/values: written in a form this command does not edit/);
    const flow = indicator.replace('values:\n  2021: 88\n  2022: 85\n', 'values: { 2021: 88, 2022: 85 }\n');
    expect(() => rewriteIndicator(flow, values)).toThrow(/values: written in a form this command does not edit/);
  });

  it('refuses a source over several lines', () => {
    const folded = indicator.replace('source: Exempelvärden\n', 'source: >-\n  Exempel\n  värden\n');
    expect(() => rewriteIndicator(folded, values)).toThrow(/source: spans several lines/);
  });

  it('refuses an edit that does not read back as intended', () => {
    // A quoted key is not found by the line editor; the read-back check must catch the duplicate.
    const quoted = indicator.replace('values:\n', '"values":\n');
    expect(() => rewriteIndicator(quoted, values)).toThrow(/could not edit the frontmatter safely/);
  });
});
