import { createHash } from 'node:crypto';

/** The translatable text of a Swedish entry: what a translation must say again in its language. */
export interface TranslatableText {
  title: string;
  summary?: string | undefined;
  body?: string | undefined;
  /** A goal's assessment reason, where it has one. */
  assessmentReason?: string | undefined;
  /** The editors' note about the text, where there is one. */
  editorialNote?: string | undefined;
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
  // Likewise the editors' note, marked so that it cannot stand for a reason.
  if (text.editorialNote) parts.push(`note: ${text.editorialNote.trim()}`);
  const normalized = JSON.stringify(parts);
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

const textField = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * What a translation must say again, from a Swedish entry's frontmatter and body: the same for
 * the build (localize.ts) and for `npm run translations`, so that both fingerprint the same text.
 */
export function translatableTextOf(data: Record<string, unknown>, body: string | undefined): TranslatableText {
  const assessment = data.assessment as { reason?: unknown } | undefined;
  return {
    title: textField(data.title) ?? '',
    summary: textField(data.summary),
    body,
    assessmentReason: textField(assessment?.reason),
    editorialNote: textField(data.editorialNote),
  };
}
