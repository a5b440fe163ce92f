import { z } from 'astro/zod';
import { reference } from 'astro:content';
import type { CollectionName } from '../config/content.ts';

/*
 * References between entries, marked so that they can be found again. Astro's `reference()`
 * hides the collection it points at inside a transform; the editor's configuration
 * (src/lib/cms/) needs it to offer the entries of that collection to pick from, so every
 * reference in the content schemas is made here and recorded with its collection.
 */

export interface ReferenceTarget {
  collection: CollectionName;
  /** Only entries whose field has this value, e.g. organisations of `kind: board`. */
  only?: { field: string; value: string } | undefined;
}

/** The collection each reference schema points at; clones (`.meta()`, `.optional()`'s inner) find it through their parent. */
export const references = z.registry<ReferenceTarget>();

export function referenceTo(collection: CollectionName, only?: ReferenceTarget['only']) {
  const schema = reference(collection);
  references.add(schema, { collection, only });
  return schema;
}
