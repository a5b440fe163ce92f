import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorFacts } from './status.ts';

/*
 * The geometry of an indicator's chart, computed at build time: the page draws it as inline
 * SVG, so no chart code reaches the reader. d3-scale gives round axis values and d3-shape the
 * path; the rest is placing them.
 */

export interface ChartPoint {
  year: number;
  value: number;
  x: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The values at the bottom and top of the plotting area. */
  yDomain: [number, number];
  xDomain: [number, number];
  points: ChartPoint[];
  /** SVG path through the points, in year order. */
  path: string;
  target: ChartPoint;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
}

const size = { width: 320, height: 176 };
const margin = { top: 12, right: 16, bottom: 28, left: 48 };

const round = (n: number) => Math.round(n * 100) / 100;

export function chartGeometry(facts: IndicatorFacts): ChartGeometry {
  const plot = { left: margin.left, right: size.width - margin.right, top: margin.top, bottom: size.height - margin.bottom };
  const years = [facts.baseline.year, facts.target.year, ...facts.values.map((m) => m.year)];
  const numbers = [facts.baseline.value, facts.target.value, ...facts.values.map((m) => m.value)];
  const xDomain: [number, number] = [Math.min(...years), Math.max(...years)];
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  // Start at zero when the values are positive and not far from it, so that a small change
  // does not look like a large one; values far from zero keep a scale that shows their change.
  if (low >= 0 && low < (high - low) * 1.5) low = 0;
  const y = scaleLinear().domain([low, high]).nice(4).range([plot.bottom, plot.top]);
  const x = scaleLinear().domain(xDomain).range([plot.left, plot.right]);
  const yDomain = y.domain() as [number, number];

  const place = (m: { year: number; value: number }): ChartPoint => ({ ...m, x: round(x(m.year)), y: round(y(m.value)) });
  const points = [...facts.values].sort((a, b) => a.year - b.year).map(place);
  const path =
    line<ChartPoint>()
      .x((p) => p.x)
      .y((p) => p.y)(points) ?? '';

  const span = xDomain[1] - xDomain[0];
  const step = span <= 8 ? 1 : Math.ceil(span / 6);
  const xTicks: { year: number; x: number }[] = [];
  for (let year = xDomain[0]; year <= xDomain[1]; year += step) xTicks.push({ year, x: round(x(year)) });
  if (xTicks.at(-1)?.year !== xDomain[1]) xTicks.push({ year: xDomain[1], x: round(x(xDomain[1])) });

  return {
    ...size,
    plot,
    yDomain,
    xDomain,
    points,
    path,
    target: place(facts.target),
    yTicks: y.ticks(4).map((value) => ({ value, y: round(y(value)) })),
    xTicks,
  };
}
