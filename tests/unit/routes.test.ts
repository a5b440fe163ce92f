import { describe, expect, it } from 'vitest';
import { languages } from '../../src/config/languages.ts';
import { langFromParam, langParam, localizedPath, reservedSegments, routePath } from '../../src/lib/routes.ts';

// The languages of the content the tests run on, other than Swedish: at least one.
const others = languages.filter((lang) => lang !== 'sv');
const other = others[0]!;

describe('routes', () => {
  it('puts Swedish at the root and other languages under their prefix', () => {
    expect(localizedPath('sv', { kind: 'home' }, '/')).toBe('/');
    expect(other).toBeDefined();
    expect(localizedPath(other, { kind: 'home' }, '/')).toBe(`/${other}/`);
    expect(localizedPath(other, { kind: 'goal', id: 'fler-bostader' }, '/')).toBe(`/${other}/mal/fler-bostader/`);
    expect(localizedPath(other, { kind: 'goalArea', id: 'demokrati' }, '/')).toBe(`/${other}/malomraden/demokrati/`);
  });

  it('keeps the base path of a site served from a folder', () => {
    expect(localizedPath(other, { kind: 'siteIndex' }, '/malbild')).toBe(`/malbild/${other}/innehall/`);
    expect(localizedPath('sv', { kind: 'page', id: 'malstyrningsprocess' }, '/malbild/')).toBe('/malbild/malstyrningsprocess/');
  });

  it('serves the start page text at the root, not under its file name', () => {
    expect(routePath({ kind: 'page', id: 'index' })).toBe('');
  });

  it('sends other languages from the single not-found page to their start page', () => {
    expect(localizedPath('sv', { kind: 'notFound' }, '/')).toBe('/404.html');
    expect(localizedPath(other, { kind: 'notFound' }, '/')).toBe(`/${other}/`);
  });

  it('turns route parameters into languages and back', () => {
    expect(langParam('sv')).toBeUndefined();
    expect(langParam(other)).toBe(other);
    expect(langFromParam(undefined)).toBe('sv');
    expect(langFromParam(other)).toBe(other);
    expect(() => langFromParam('de')).toThrow(/Unknown language prefix "de"/);
  });

  it('reserves the names other routes use', () => {
    expect(reservedSegments).toEqual(expect.arrayContaining(['mal', 'malomraden', 'innehall', ...others, '404']));
  });
});
