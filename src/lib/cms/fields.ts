import type { Field, RelationField } from '@sveltia/cms';
import { z } from 'astro/zod';
import { references, type ReferenceTarget } from '../../schemas/reference.ts';

/*
 * The editor's form for an entry, read off the zod schema that checks the entry in the build, so
 * that the two cannot drift apart: a field added to a schema is a field in the editor. Labels,
 * hints and the names of an enum's values are the schema's own `.meta()`; references are the
 * ones recorded in schemas/reference.ts. A kind of schema this walk does not know stops it with
 * the field named, rather than leaving the field out of the form.
 */

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypes['_zod']['def'];
type Check = z.core.$ZodChecks['_zod']['def'];
type Widget = Omit<Field, 'name'> & Record<string, unknown>;

/** What a schema's `.meta()` may tell the editor about a field. */
interface EditorMeta {
  title?: string | undefined;
  description?: string | undefined;
  /** The label of each value of an enum. */
  options?: Record<string, string> | undefined;
  /** Text over several lines: a text area rather than a line. */
  multiline?: boolean | undefined;
  /** Never shown, and kept as written: a field only a command writes. */
  hidden?: boolean | undefined;
}

export interface Form {
  fields: Field[];
  /** Fields no widget can show faithfully (paths such as `municipality.name`): hidden, and so kept as written. */
  keptAsWritten: string[];
}

/** Raised for a schema no widget represents faithfully; the field is then kept as written. */
class Unrepresentable extends Error {}

/** Where the walk is: the field's path, for messages, and the fields kept as written so far. */
interface Walk {
  path: string;
  kept: string[];
}

const inside = (walk: Walk, name: string): Walk => ({ ...walk, path: walk.path ? `${walk.path}.${name}` : name });
const defOf = (schema: Schema) => schema._zod.def as Def;
const metaOf = (schema: Schema) => (z.globalRegistry.get(schema) ?? {}) as EditorMeta;
const checksOf = (schema: Schema) => (defOf(schema).checks ?? []).map((check) => check._zod.def as Check);

/** The form of an object schema: one field per key, in the schema's order. */
export function formOf(schema: Schema): Form {
  const walk: Walk = { path: '', kept: [] };
  return { fields: fieldsOf(schema, walk), keptAsWritten: walk.kept };
}

/** The schema under `optional` and `default`, whether the field may be left out, its default, and the meta met on the way (outer wins). */
function unwrap(schema: Schema): { inner: Schema; required: boolean; defaultValue: unknown; meta: EditorMeta } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  let meta: EditorMeta = {};
  for (;;) {
    meta = { ...metaOf(inner), ...meta };
    const def = defOf(inner);
    if (def.type === 'optional') {
      required = false;
      inner = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      defaultValue ??= def.defaultValue;
      inner = def.innerType;
    } else {
      return { inner, required, defaultValue, meta };
    }
  }
}

function fieldsOf(schema: Schema, walk: Walk): Field[] {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`${walk.path || 'the schema'}: expected an object schema, found a zod ${def.type}`);
  return Object.entries(def.shape).map(([name, field]) => fieldOf(name, field, inside(walk, name)));
}

/** One field of the form, or a hidden field that keeps the value as written where no widget fits. */
function fieldOf(name: string, schema: Schema, walk: Walk): Field {
  const { inner, required, defaultValue, meta } = unwrap(schema);
  if (meta.hidden) return { name, widget: 'hidden' };
  const before = walk.kept.length;
  try {
    return {
      name,
      label: meta.title ?? name,
      ...(meta.description ? { hint: meta.description } : {}),
      ...(required ? {} : { required: false }),
      ...widgetOf(inner, meta, walk),
      ...(defaultValue === undefined ? {} : { default: defaultValue }),
    } as Field;
  } catch (error) {
    if (!(error instanceof Unrepresentable)) throw error;
    // The whole field is kept as written, whatever of it was walked before.
    walk.kept.length = before;
    walk.kept.push(walk.path);
    return { name, widget: 'hidden' };
  }
}

/** An object whose every field is hidden would show nothing: it is kept as written instead. */
function shown(fields: Field[], walk: Walk): Field[] {
  if (fields.every((field) => field.widget === 'hidden')) throw new Unrepresentable(walk.path);
  return fields;
}

function widgetOf(schema: Schema, meta: EditorMeta, walk: Walk): Widget {
  const target = references.get(schema);
  if (target) return relation(target, false);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringWidget(schema, meta);
    case 'number':
      return numberWidget(schema, walk);
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Stored as the date alone, as communicators write it by hand: 2026-11-26.
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries).map((value) => ({ label: meta.options?.[String(value)] ?? String(value), value })) };
    case 'object':
      return { widget: 'object', fields: shown(fieldsOf(schema, walk), walk) };
    case 'array':
      return arrayWidget(schema, def.element, walk);
    case 'record':
      return recordWidget(def.keyType, def.valueType, def.partial === true, walk);
    case 'union':
      return unionWidget(def.options, meta, walk);
    case 'pipe':
      // A transform at either end says nothing about the form: the editor writes what goes in
      // (what a preprocess hands on, or what a transform is given).
      return widgetOf(defOf(def.out).type === 'transform' ? def.in : def.out, meta, walk);
    default:
      throw new Error(`${walk.path}: the editor has no widget for a zod ${def.type}; teach src/lib/cms/fields.ts to show it`);
  }
}

function relation(target: ReferenceTarget, multiple: boolean): Widget {
  const field: Omit<RelationField, 'name'> = {
    widget: 'relation',
    collection: target.collection,
    // An entry is named by its file name, as a reference in a file names it.
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    ...(multiple ? { multiple: true } : {}),
    ...(target.only ? { filters: [{ field: target.only.field, values: [target.only.value] }] } : {}),
  };
  return field;
}

function stringWidget(schema: Schema, meta: EditorMeta): Widget {
  const def = defOf(schema) as z.core.$ZodStringDef & { format?: string };
  const regex = checksOf(schema).find((check): check is z.core.$ZodCheckRegexDef => check.check === 'string_format' && check.format === 'regex');
  return {
    widget: meta.multiline ? 'text' : 'string',
    ...(def.format === 'url' ? { type: 'url' } : {}),
    // The hint says what the pattern wants, in words; the schema tests require one.
    ...(regex ? { pattern: [regex.pattern.source, meta.description ?? regex.pattern.source] } : {}),
  };
}

function numberWidget(schema: Schema, walk: Walk): Widget {
  const checks = checksOf(schema);
  const whole = checks.some((check) => check.check === 'number_format' && ['safeint', 'int32', 'uint32'].includes(check.format));
  const bound = (kind: 'greater_than' | 'less_than') => {
    const check = checks.find((c): c is z.core.$ZodCheckGreaterThanDef | z.core.$ZodCheckLessThanDef => c.check === kind);
    if (!check) return undefined;
    const value = Number(check.value);
    if (check.inclusive) return value;
    // An exclusive bound is one away for whole numbers; a form cannot say it for decimals.
    if (!whole) throw new Error(`${walk.path}: an exclusive bound on a decimal cannot be shown in the editor`);
    return kind === 'greater_than' ? value + 1 : value - 1;
  };
  const min = bound('greater_than');
  const max = bound('less_than');
  return { widget: 'number', value_type: whole ? 'int' : 'float', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function lengths(schema: Schema): { min?: number; max?: number } {
  const checks = checksOf(schema);
  const min = checks.find((check): check is z.core.$ZodCheckMinLengthDef => check.check === 'min_length')?.minimum;
  const max = checks.find((check): check is z.core.$ZodCheckMaxLengthDef => check.check === 'max_length')?.maximum;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function arrayWidget(schema: Schema, element: Schema, walk: Walk): Widget {
  const target = references.get(element);
  if (target) return { ...relation(target, true), ...lengths(schema) };
  const item = unwrap(element).inner;
  const each = inside(walk, '*');
  return defOf(item).type === 'object'
    ? { widget: 'list', fields: shown(fieldsOf(item, each), each), ...lengths(schema) }
    : { widget: 'list', field: fieldOf('item', element, each), ...lengths(schema) };
}

/** Text or numbers under open keys (year → value) as key–value pairs; a fixed set of keys as an object. */
function recordWidget(keyType: Schema, valueType: Schema, partial: boolean, walk: Walk): Widget {
  const key = defOf(keyType);
  if (key.type === 'enum') {
    const fields = Object.values(key.entries).map((value) => {
      const field = fieldOf(String(value), valueType, inside(walk, String(value)));
      return partial && field.widget !== 'hidden' ? { ...field, required: false } : field;
    });
    return { widget: 'object', fields: shown(fields, walk) };
  }
  const value = unwrap(valueType);
  if (!isScalar(value.inner)) throw new Unrepresentable(walk.path);
  const keyLabel = metaOf(keyType).title;
  return { widget: 'keyvalue', ...(keyLabel ? { key_label: keyLabel } : {}), ...(value.meta.title ? { value_label: value.meta.title } : {}) };
}

function isScalar(schema: Schema): boolean {
  const def = defOf(schema);
  if (def.type === 'pipe') return isScalar(defOf(def.out).type === 'transform' ? def.in : def.out);
  if (def.type === 'union') return def.options.every(isScalar);
  return def.type === 'string' || def.type === 'number';
}

/** Text or a number is written as text, which such a union takes; any other mix has no widget. */
function unionWidget(options: readonly Schema[], meta: EditorMeta, walk: Walk): Widget {
  if (!options.every(isScalar)) throw new Unrepresentable(walk.path);
  const text = options.find((option) => defOf(option).type === 'string');
  return text ? stringWidget(text, meta) : widgetOf(options[0]!, meta, walk);
}
