/*
 * Help for whoever writes a Lättläst text: sentences and words longer than easy-to-read
 * guidance advises, each with its line. A warning, not a rule: sometimes a long word is the
 * right one ("kommunfullmäktige"), and the writer decides.
 */

/**
 * How long a sentence and a word may be before the writer is told. "Kommunfullmäktige" (17
 * letters) is a word a Lättläst text about the municipality's goals cannot do without.
 */
export const easyToReadLimits = { sentenceWords: 15, wordLetters: 17 } as const;

export interface EasyToReadNote {
  /** The line in the body: 1 is the first line after the frontmatter. */
  bodyLine: number;
  message: string;
}

/** The text a reader reads in a line of Markdown: link texts, not addresses; no marks, no placeholders. */
function readable(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+/, '')
    .replace(/[*_`]/g, '');
}

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

export function lintEasyToRead(markdown: string, limits = easyToReadLimits): EasyToReadNote[] {
  const notes: EasyToReadNote[] = [];
  const lines = markdown.split('\n');
  // Sentences run on over line breaks within a paragraph: collect them from where they start.
  let sentence = { text: '', line: 0 };
  const close = () => {
    const count = words(sentence.text).length;
    if (count > limits.sentenceWords) {
      const start = sentence.text.trim().split(/\s+/).slice(0, 6).join(' ');
      notes.push({
        bodyLine: sentence.line,
        message: `the sentence "${start} …" has ${count} words; easy-to-read text keeps to about ${limits.sentenceWords}. Consider two sentences.`,
      });
    }
    sentence = { text: '', line: 0 };
  };
  lines.forEach((raw, index) => {
    const line = readable(raw);
    if (line.trim() === '' || /^\s{0,3}#{1,6}\s/.test(raw)) {
      close();
      if (line.trim() === '') return;
    }
    for (const word of new Set(words(line))) {
      const letters = [...word].filter((c) => /\p{L}/u.test(c)).length;
      if (letters > limits.wordLetters) {
        notes.push({ bodyLine: index + 1, message: `the word "${word}" has ${letters} letters; easy-to-read text avoids words longer than ${limits.wordLetters}. Consider a shorter word, or explain it.` });
      }
    }
    for (const part of line.split(/(?<=[.!?:])\s+/)) {
      if (!sentence.text) sentence.line = index + 1;
      sentence.text += ` ${part}`;
      if (/[.!?:]\s*$/.test(part)) close();
    }
    if (/^\s{0,3}#{1,6}\s/.test(raw)) close();
  });
  close();
  return notes;
}
