import { describe, expect, it } from 'vitest';
import { FrontmatterError, frontmatterParts, joinFrontmatter, setFrontmatterField, splitFrontmatter } from '../../src/lib/frontmatter.ts';

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

describe('frontmatter after a byte-order mark', () => {
  // What Notepad and some other Windows editors put in front of a UTF-8 file; Astro reads past it.
  const bom = '\uFEFF';
  const raw = `${bom}---\r\ntitle: A\r\nstatus: draft\r\n---\r\n\r\nText\r\n`;

  it('is split as without one', () => {
    expect(splitFrontmatter(raw)).toEqual(splitFrontmatter(raw.slice(1)));
    expect(splitFrontmatter(raw)).toEqual({ frontmatter: 'title: A\r\nstatus: draft', body: '\r\nText\r\n' });
  });

  it('keeps the mark and every other byte when a field is set or added', () => {
    expect(setFrontmatterField(raw, 'status', 'reviewed')).toBe(raw.replace('draft', 'reviewed'));
    expect(setFrontmatterField(raw, 'sourceHash', '"abc"')).toBe(raw.replace('status: draft\r\n', 'status: draft\r\nsourceHash: "abc"\r\n'));
  });

  it('is kept as the start of the file when the parts are joined again', () => {
    const parts = frontmatterParts(raw);
    expect(parts.opening).toBe(`${bom}---\r\n`);
    expect(joinFrontmatter(parts, parts.yaml)).toBe(raw);
  });
});

describe('frontmatterParts', () => {
  it('cuts a file into parts that join back byte for byte', () => {
    const raw = '--- \ntitle: A\n\n---  \nText\n---\nMore\n';
    expect(frontmatterParts(raw)).toEqual({ opening: '--- \n', yaml: 'title: A\n\n', closing: '---  \n', body: 'Text\n---\nMore\n' });
    expect(joinFrontmatter(frontmatterParts(raw), 'title: B\n')).toBe(raw.replace('title: A\n\n', 'title: B\n'));
    expect(frontmatterParts('---\n---')).toEqual({ opening: '---\n', yaml: '', closing: '---', body: '' });
  });

  it('closes the frontmatter only at a "---" line of its own', () => {
    expect(frontmatterParts('---\ntitle: A ---\n---\n').yaml).toBe('title: A ---\n');
    expect(() => frontmatterParts('---\ntitle: A ---\n')).toThrow('the frontmatter has no closing "---" line');
  });

  it('says what is missing', () => {
    expect(() => frontmatterParts('title: A\n')).toThrow(FrontmatterError);
    expect(() => frontmatterParts('title: A\n')).toThrow('the file does not start with a "---" line (frontmatter)');
    expect(() => frontmatterParts(' ---\ntitle: A\n---\n')).toThrow('does not start with a "---" line');
  });
});
