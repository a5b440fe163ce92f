import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders, type PlaceholderName } from '../../src/lib/placeholders.ts';

const values: Record<PlaceholderName, string> = {
  'antal målområden': '6',
  'antal mål': '18 (exempel)',
  'antal mål per målområde': '3',
  'lista målområden': '<ul><li>A</li></ul>',
};

describe('placeholders', () => {
  it('finds every {…} with its line', () => {
    expect(findPlaceholders('Text\n{antal mål} och {okänd}\n')).toEqual([
      { name: 'antal mål', line: 2 },
      { name: 'okänd', line: 2 },
    ]);
  });

  it('fills numbers inside a sentence', () => {
    expect(fillPlaceholders('<p>fastställt {antal målområden} målområden, totalt {antal mål} st.</p>', values)).toBe(
      '<p>fastställt 6 målområden, totalt 18 (exempel) st.</p>',
    );
  });

  it('replaces a paragraph that holds only a list placeholder with the list', () => {
    expect(fillPlaceholders('<p>Före:</p>\n<p>{lista målområden}</p>', values)).toBe('<p>Före:</p>\n<ul><li>A</li></ul>');
  });

  it('leaves unknown braces alone (validation reports them before rendering)', () => {
    expect(fillPlaceholders('<p>{okänd}</p>', values)).toBe('<p>{okänd}</p>');
  });
});
