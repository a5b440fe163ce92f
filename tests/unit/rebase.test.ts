import { describe, expect, it } from 'vitest';
import { prefixIds, rebaseLinks } from '../../src/lib/rebase.ts';

describe('rebaseLinks', () => {
  const html = '<p><a href="/mal/x/">x</a> <a href="https://a.se/">a</a> <a href="//cdn">c</a> <img alt="" src="/bild.png"> <a href="#f">f</a></p>';

  it('puts the sub-folder in front of links from the root', () => {
    expect(rebaseLinks(html, '/malbild/')).toBe(
      '<p><a href="/malbild/mal/x/">x</a> <a href="https://a.se/">a</a> <a href="//cdn">c</a> <img alt="" src="/malbild/bild.png"> <a href="#f">f</a></p>',
    );
  });

  it('changes nothing for a site at the root', () => {
    expect(rebaseLinks(html, '/')).toBe(html);
  });
});

describe('prefixIds', () => {
  it('prefixes every id and every link within the text to one, and nothing else', () => {
    expect(prefixIds('<h2 id="vision">Vision</h2><p><a href="#vision">upp</a> <a href="/mal/x/#vision">x</a> <span data-id="a">a</span></p>', 'text-start')).toBe(
      '<h2 id="text-start-vision">Vision</h2><p><a href="#text-start-vision">upp</a> <a href="/mal/x/#vision">x</a> <span data-id="a">a</span></p>',
    );
  });
});
