import { describe, expect, it } from 'vitest';
import { langFromParam, langParam, localizedPath, reservedSegments, routePath } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('puts Swedish at the root and other languages under their prefix', () => {
    expect(localizedPath('sv', { kind: 'home' }, '/')).toBe('/');
    expect(localizedPath('fit', { kind: 'home' }, '/')).toBe('/fit/');
    expect(localizedPath('en', { kind: 'goal', id: 'fler-bostader' }, '/')).toBe('/en/mal/fler-bostader/');
    expect(localizedPath('fi', { kind: 'area', id: 'demokrati' }, '/')).toBe('/fi/malomraden/demokrati/');
  });

  it('keeps the base path of a site served from a folder', () => {
    expect(localizedPath('en', { kind: 'siteIndex' }, '/malbild')).toBe('/malbild/en/innehall/');
    expect(localizedPath('sv', { kind: 'page', id: 'malstyrningsprocess' }, '/malbild/')).toBe('/malbild/malstyrningsprocess/');
  });

  it('serves the start page text at the root, not under its file name', () => {
    expect(routePath({ kind: 'page', id: 'index' })).toBe('');
  });

  it('sends other languages from the single not-found page to their start page', () => {
    expect(localizedPath('sv', { kind: 'notFound' }, '/')).toBe('/404.html');
    expect(localizedPath('fi', { kind: 'notFound' }, '/')).toBe('/fi/');
  });

  it('turns route parameters into languages and back', () => {
    expect(langParam('sv')).toBeUndefined();
    expect(langParam('fit')).toBe('fit');
    expect(langFromParam(undefined)).toBe('sv');
    expect(langFromParam('en')).toBe('en');
    expect(() => langFromParam('de')).toThrow(/Unknown language prefix "de"/);
  });

  it('reserves the names other routes use', () => {
    expect(reservedSegments).toEqual(expect.arrayContaining(['mal', 'malomraden', 'innehall', 'fit', 'fi', 'en', '404']));
  });
});
