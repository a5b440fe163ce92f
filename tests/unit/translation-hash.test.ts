import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/lib/translation-hash.ts';

describe('sourceHash', () => {
  const text = { title: 'Demokrati', summary: undefined, body: 'Text.\n' };

  it('is a 12-character hex fingerprint, stable for the same text', () => {
    expect(sourceHash(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash({ ...text, body: '\nText.' })).toBe(sourceHash(text));
  });

  it('changes when the title, summary or body changes', () => {
    const original = sourceHash(text);
    expect(sourceHash({ ...text, title: 'Demokratin' })).not.toBe(original);
    expect(sourceHash({ ...text, summary: 'Kort.' })).not.toBe(original);
    expect(sourceHash({ ...text, body: 'Annan text.' })).not.toBe(original);
  });
});
