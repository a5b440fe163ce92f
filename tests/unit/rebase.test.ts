import { describe, expect, it } from 'vitest';
import { rebaseLinks } from '../../src/lib/rebase.ts';

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
