import type { Field, SelectField, SelectFieldValue } from '@sveltia/cms';
import { stringify } from 'yaml';

/*
 * The editor (Sveltia CMS) as the tests imagine it, from its configuration alone: the file it
 * writes for the values a form holds, and the values its form refuses. Written from what its
 * configuration declares and what its bundle does (YAML through the `yaml` package with these
 * options; a value trimmed, then required, pattern, range and count checked), kept simple so that
 * it cannot share a mistake with src/lib/cms/. tests/browser/editor.test.ts checks the real
 * editor against the same schemas.
 */

export type Values = Record<string, unknown>;

/** A file as the editor saves it: YAML frontmatter, empty optional fields left out, then the body. */
export function writeEntry(values: Values, body = ''): string {
  const yaml = stringify(omitEmpty(values), { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true });
  return `---\n${yaml}---\n\n${body}\n`;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

function omitEmpty(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values)
      .map(([key, value]) => [key, typeof value === 'object' && value !== null && !Array.isArray(value) ? omitEmpty(value as Values) : value] as const)
      .filter(([, value]) => !isEmpty(value)),
  );
}

/** The values a select offers, whether its options are written with labels or without. */
export const optionValues = (field: Field): SelectFieldValue[] =>
  ((field as SelectField).options as (SelectFieldValue | { label: string; value: SelectFieldValue })[]).map((option) => (typeof option === 'object' && option !== null ? option.value : option));

/** What the form holds for a field by default, before anyone types: its default, else nothing. */
export const initial = (field: Field) => ('default' in field ? field.default : undefined);

/** Why the editor's form would refuse a value of a field, or undefined when it takes it. */
export function refusal(field: Field, value: unknown): string | undefined {
  const required = !('required' in field) || field.required !== false;
  const text = typeof value === 'string' ? value.trim() : value;
  const empty = text === undefined || text === null || text === '' || (Array.isArray(text) && text.length === 0);
  if (empty) return required && field.widget !== 'boolean' && field.widget !== 'hidden' ? 'required' : undefined;
  switch (field.widget) {
    case 'select':
      return optionValues(field).includes(text as SelectFieldValue) ? undefined : 'not an option';
    case 'relation': {
      const many = Array.isArray(text) ? text : [text];
      if (field.multiple !== true && Array.isArray(text)) return 'one entry expected';
      if (field.multiple && typeof field.min === 'number' && many.length < field.min) return 'too few';
      return undefined;
    }
    case 'number': {
      if (typeof text !== 'number') return 'not a number';
      if (field.value_type === 'int' && !Number.isInteger(text)) return 'not whole';
      if (typeof field.min === 'number' && text < field.min) return 'too small';
      if (typeof field.max === 'number' && text > field.max) return 'too large';
      return undefined;
    }
    case 'string':
    case 'text':
    case undefined: {
      const pattern = 'pattern' in field ? field.pattern : undefined;
      if (pattern && !new RegExp(pattern[0]).test(String(text))) return 'pattern';
      if ('type' in field && field.type === 'url' && !URL.canParse(String(text))) return 'not an address';
      return undefined;
    }
    case 'list': {
      const items = text as unknown[];
      if (typeof field.min === 'number' && items.length < field.min) return 'too few';
      if ('field' in field) return items.map((item) => refusal(field.field, item)).find(Boolean);
      if ('fields' in field) return items.map((item) => refusalOfObject(field.fields, item as Values)).find(Boolean);
      return undefined;
    }
    case 'object':
      return 'fields' in field ? refusalOfObject(field.fields, text as Values) : undefined;
    default:
      return undefined;
  }
}

export function refusalOfObject(fields: Field[], values: Values): string | undefined {
  for (const field of fields) {
    const why = refusal(field, values[field.name]);
    if (why) return `${field.name}: ${why}`;
  }
  return undefined;
}
