import { describe, expect, it } from 'vitest';
import { setFrontmatterField, splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('frontmatter', () => {
  it('splits frontmatter from body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nText\n')).toEqual({ frontmatter: 'title: A', body: '\nText\n' });
    expect(splitFrontmatter('no frontmatter')).toBeUndefined();
  });

  it('replaces a field in place and keeps every other byte', () => {
    const raw = '---\ntitle: A\nsourceHash: 000000000000\nstatus: draft\n---\n\nText with sourceHash: x\n';
    expect(setFrontmatterField(raw, 'sourceHash', 'abcdefabcdef')).toBe(raw.replace('000000000000', 'abcdefabcdef'));
  });

  it('adds a missing field at the end of the frontmatter', () => {
    expect(setFrontmatterField('---\ntitle: A\n---\nText\n', 'sourceHash', 'abc')).toBe('---\ntitle: A\nsourceHash: abc\n---\nText\n');
  });

  it('keeps Windows line endings', () => {
    expect(setFrontmatterField('---\r\ntitle: A\r\n---\r\nText\r\n', 'status', 'reviewed')).toBe('---\r\ntitle: A\r\nstatus: reviewed\r\n---\r\nText\r\n');
  });
});
