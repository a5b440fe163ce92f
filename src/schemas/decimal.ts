/*
 * A number written as text. The editor (/admin/) keeps an indicator's values as year–value pairs
 * and writes each value as text ("41.5"), so the content schema and `npm run kolada` read such
 * text as the number it spells. Only a plain decimal with a point: "41,5" or "ca 40" stay text
 * and are refused with the usual message.
 */

const decimalText = /^-?\d+(?:\.\d+)?$/;

/** The number a value spells, or the value as it was when it is not a plain decimal in text. */
export function numberFromText(value: unknown): unknown {
  return typeof value === 'string' && decimalText.test(value.trim()) ? Number(value.trim()) : value;
}
