import { createHash } from 'node:crypto';

/** The translatable text of a Swedish entry: what a translation must say again in its language. */
export interface TranslatableText {
  title: string;
  summary?: string | undefined;
  body?: string | undefined;
  /** A goal's assessment reason, where it has one. */
  assessmentReason?: string | undefined;
}

/**
 * A short fingerprint of a source text. A translation stores the fingerprint of the text it was
 * made from; when the Swedish text changes, the fingerprints differ and the translation is
 * outdated. Whitespace at the ends does not count as a change.
 */
export function sourceHash(text: TranslatableText): string {
  const parts = [text.title.trim(), (text.summary ?? '').trim(), (text.body ?? '').trim()];
  // Only entries that have a reason hash it, so adding the field changed no existing fingerprint.
  if (text.assessmentReason) parts.push(text.assessmentReason.trim());
  const normalized = JSON.stringify(parts);
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}
