import { createHash } from 'node:crypto';

/** The translatable text of a Swedish entry: what a translation must say again in its language. */
export interface TranslatableText {
  title: string;
  summary?: string | undefined;
  body?: string | undefined;
}

/**
 * A short fingerprint of a source text. A translation stores the fingerprint of the text it was
 * made from; when the Swedish text changes, the fingerprints differ and the translation is
 * outdated. Whitespace at the ends does not count as a change.
 */
export function sourceHash(text: TranslatableText): string {
  const normalized = JSON.stringify([text.title.trim(), (text.summary ?? '').trim(), (text.body ?? '').trim()]);
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}
