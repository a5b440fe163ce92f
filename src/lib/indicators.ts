import type { IndicatorUnit } from '../schemas/content.ts';
import type { Lang } from '../config/languages.ts';
import { countText, formatNumber, ui } from '../i18n/index.ts';
import type { Indicator } from './content-types.ts';

export interface Measurement {
  year: number;
  value: number;
}

/** An indicator's values in year order. */
export function series(indicator: Indicator): Measurement[] {
  return Object.entries(indicator.data.values)
    .map(([year, value]) => ({ year: Number(year), value }))
    .sort((a, b) => a.year - b.year);
}

/** The most recent value, if any has been reported. */
export function latest(indicator: Indicator): Measurement | undefined {
  return series(indicator).at(-1);
}

const unitFormats: Record<IndicatorUnit, Intl.NumberFormatOptions> = {
  percent: { style: 'unit', unit: 'percent', maximumFractionDigits: 1 },
  count: { maximumFractionDigits: 0 },
  sek: { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 },
  days: { maximumFractionDigits: 1 },
  years: { maximumFractionDigits: 1 },
  index: { maximumFractionDigits: 1 },
};

/**
 * A value with its unit as a reader of the language writes it ("41,5 %", "12 dagar"). Days and
 * years take their words from the dictionary: Intl's Swedish says "dygn" for days.
 */
export function formatValue(lang: Lang, unit: IndicatorUnit, value: number): string {
  const number = formatNumber(lang, value, unitFormats[unit]);
  return unit === 'days' || unit === 'years' ? countText(lang, ui(lang).valueIn[unit], value, { n: number }) : number;
}
