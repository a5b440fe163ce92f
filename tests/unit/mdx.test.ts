import { describe, expect, it } from 'vitest';
import { lintMdx, markdownOf, mdxParts } from '../../src/lib/mdx.ts';

const ids = { indicators: ['nya-bostader', 'gastnatter'], goalAreas: ['demokrati', 'larande'] };
const lint = (body: string) => lintMdx(body, ids).map((p) => [p.bodyLine, p.message] as const);
const lines = (body: string) => lintMdx(body, ids).map((p) => p.bodyLine);

describe('MDX: what may run', () => {
  it('accepts text, Markdown, placeholders and the site’s components with literal props', () => {
    expect(lint('Text {antal mål} här.\n\n<Chart indicator="nya-bostader" />\n\n<GoalList />\n\n<GoalList area="demokrati" />\n\n<StatusSummary />\n\n<Note>Viktigt: **läs**.</Note>')).toEqual([]);
  });

  it('reports import and export, with their line', () => {
    expect(lines("Text.\n\nimport fs from 'node:fs'")).toEqual([3]);
    expect(lint('export const x = 1')[0]![1]).toMatch(/found "export const x = 1"; import and export run code and are not allowed/);
  });

  it('reports expressions other than placeholders, with their line', () => {
    expect(lines('Text.\n\n{process.exit(1)}')).toEqual([3]);
    expect(lint('A {globalThis.x} b')[0]![1]).toMatch(/found \{globalThis\.x\}; an expression in braces runs code and is not allowed/);
    expect(lines('{/* a comment */}')).toEqual([1]);
  });

  it('reports an expression as a prop value, a spread of props, and HTML elements, scripts and handlers among them', () => {
    expect(lint('<Chart indicator={globalThis.x} />')[0]![1]).toMatch(/found indicator=\{globalThis\.x\} on <Chart>; a prop's value is written in quotes/);
    expect(lint('<Chart {...props} />')[0]![1]).toMatch(/found \{…\} among the props of <Chart>/);
    for (const html of ['<script>alert(1)</script>', '<style>p{}</style>', '<div onclick="go()">x</div>', '<img src="x" onerror="go()" />']) {
      expect(lint(`Text.\n\n${html}`), html).toEqual([[3, expect.stringMatching(/^found the HTML element </)]]);
    }
  });
});

describe('MDX: the components', () => {
  it('says which component is meant, and which prop, and which entry', () => {
    expect(lint('<Chrat indicator="nya-bostader" />')[0]![1]).toMatch(/found the component <Chrat>, which the site does not have; .* Did you mean "Chart"\?/);
    expect(lint('<Chart indicatr="nya-bostader" />')[0]![1]).toMatch(/found the prop indicatr on <Chart>, which it does not take; expected indicator="…"\. Did you mean "indicator"\?/);
    expect(lint('<Chart indicator="nya-bostder" />')[0]![1]).toMatch(/expected the id of an indicator .* Did you mean "nya-bostader"\?/);
    expect(lint('<GoalList area="demokrat" />')[0]![1]).toMatch(/Did you mean "demokrati"\?/);
    expect(lint('<Chart />')[0]![1]).toMatch(/<Chart> needs indicator="…"/);
  });

  it('wants a component on a line of its own, and not inside another', () => {
    expect(lint('Se <Chart indicator="nya-bostader" /> här.')[0]![1]).toMatch(/put the component on a line of its own/);
    expect(lines('<Note>\n\n<Chart indicator="nya-bostader" />\n\n</Note>')).toEqual([3]);
  });

  it('gives the text around the components, line for line, to the Markdown rules', () => {
    expect(markdownOf('## Rubrik\n\n<Chart indicator="nya-bostader" />\n\nText.')).toBe('## Rubrik\n\n\n\nText.');
    // A note's text is text: its links are checked like any other.
    expect(markdownOf('Före.\n\n<Note>\nSe [målen](/mal/).\n</Note>\n\nEfter.')).toBe('Före.\n\n\nSe [målen](/mal/).\n\n\nEfter.');
    expect(markdownOf('<Note>Kort **text**.</Note>')).toBe('Kort **text**.');
  });

  it('gives a component’s headings the level below the text’s last heading before it', () => {
    const levels = (body: string) => mdxParts(body).flatMap((part) => (part.kind === 'component' ? [part.headingLevel] : []));
    expect(levels('<GoalList />\n\n## Mål\n\n<GoalList />\n\n### Ett område\n\n<Chart indicator="nya-bostader" />\n\n## Igen\n\n<Chart indicator="nya-bostader" />')).toEqual([2, 3, 4, 3]);
    expect(levels('###### Djupt\n\n<GoalList />')).toEqual([5]);
  });

  it('splits a text into Markdown and components, in order, with their props and their text', () => {
    expect(mdxParts('Före.\n\n<Chart indicator="nya-bostader" />\n\nMellan {antal mål}.\n\n<Note>Se **här**.</Note>\n')).toEqual([
      { kind: 'markdown', source: 'Före.\n\n' },
      { kind: 'component', name: 'Chart', props: { indicator: 'nya-bostader' }, children: '', headingLevel: 2 },
      { kind: 'markdown', source: '\n\nMellan {antal mål}.\n\n' },
      { kind: 'component', name: 'Note', props: {}, children: 'Se **här**.', headingLevel: 2 },
      { kind: 'markdown', source: '\n' },
    ]);
  });
});
