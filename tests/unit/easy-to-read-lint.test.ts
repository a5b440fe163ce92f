import { describe, expect, it } from 'vitest';
import { easyToReadLimits, lintEasyToRead } from '../../src/lib/easy-to-read-lint.ts';

const lines = (markdown: string) => lintEasyToRead(markdown).map((note) => note.bodyLine);

describe('the Lättläst lint', () => {
  it('accepts short sentences and everyday words', () => {
    expect(lintEasyToRead('Kommunen har mål.\nMålen visar vad kommunen vill göra.\n\n## Så följs målen upp\n\nVarje år ser kommunen hur det går.')).toEqual([]);
  });

  it('reports a sentence longer than the limit at the line it starts, also across line breaks', () => {
    const long = Array.from({ length: easyToReadLimits.sentenceWords + 1 }, (_, i) => `ord${i}`).join(' ');
    expect(lines(`Kort mening.\n${long}.`)).toEqual([2]);
    const split = Array.from({ length: easyToReadLimits.sentenceWords + 1 }, () => 'ord');
    expect(lines(`Först.\n\n${split.slice(0, 8).join(' ')}\n${split.slice(8).join(' ')}.`)).toEqual([3]);
    expect(lintEasyToRead(`${long}.`)[0]!.message).toMatch(/has 16 words; easy-to-read text keeps to about 15/);
  });

  it('counts only what a reader reads: link texts, not addresses or placeholders', () => {
    const link = '[Läs om målen](/mal/en-mycket-lang-adress-med-manga-ord-i-sig-som-inte-lases/)';
    expect(lintEasyToRead(`Här kan du läsa mer. ${link}.`)).toEqual([]);
    expect(lintEasyToRead('Kommunen har {antal målområden}.')).toEqual([]);
  });

  it('reports a word longer than the limit with its line', () => {
    const notes = lintEasyToRead('Kort mening.\nHär står ett utvecklingsområdesansvar i texten.');
    expect(notes).toEqual([{ bodyLine: 2, message: expect.stringMatching(/"utvecklingsområdesansvar" has 24 letters/) }]);
    expect(lintEasyToRead('Kommunfullmäktige beslutar. Kommunfullmäktige är politiker.')).toEqual([]);
  });

  it('does not run a heading into the next sentence', () => {
    const words = Array.from({ length: 9 }, () => 'ord').join(' ');
    expect(lintEasyToRead(`## ${words}\n${words}.`)).toEqual([]);
  });
});
