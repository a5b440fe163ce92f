import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/lib/content-types.ts';
import { internalLinkProblem, isJavaScriptUrl, lintMarkdown, type LintRule } from '../../src/lib/markdown-lint.ts';
import { sitePaths as pathsOf } from '../../src/lib/routes.ts';
import { validateContent } from '../../src/lib/validate.ts';

const sitePaths = new Set([
  '/',
  '/en/',
  '/fi/',
  '/fit/',
  '/mal/fler-bostader/',
  '/en/mal/fler-bostader/',
  '/malomraden/demokrati/',
  '/en/malomraden/demokrati/',
  '/initiativ/meankieli/',
  '/malstyrningsprocess/',
]);

/**
 * The rules a text breaks, with their body lines. Many cases carry a script on an <img>, the
 * classic vehicle; that the picture itself is reported is tested on its own, below.
 */
const lint = (markdown: string, rules: 'all' | 'not pictures' = 'not pictures') =>
  lintMarkdown(markdown, { sitePaths })
    .filter((p) => rules === 'all' || p.rule !== 'image')
    .map((p) => [p.rule, p.bodyLine] as [LintRule, number]);
const messages = (markdown: string) => lintMarkdown(markdown, { sitePaths }).map((p) => p.message);

describe('markdown lint: scripts and embedded content', () => {
  it('flags <script> in any case, as a block or inline', () => {
    expect(lint('Text.\n\n<script>alert(1)</script>\n')).toEqual([['script', 3]]);
    expect(lint('Text <SCRIPT src="x.js"></SCRIPT> here.')).toEqual([['script', 1]]);
    expect(messages('<Script>')[0]).toMatch(/found a script, <Script>; scripts are not allowed/);
  });

  it('flags inline event handlers on any element', () => {
    expect(lint('<div onclick="go()">x</div>')).toEqual([['event-handler', 1]]);
    expect(lint('Text <span ONMOUSEOVER=x>y</span>.')).toEqual([['event-handler', 1]]);
    expect(messages('<p onload="x">y</p>')[0]).toContain('found the event handler onload= on <p>');
  });

  it('flags javascript: addresses in Markdown links, references and HTML', () => {
    expect(lint('[Klicka](javascript:alert(1))')).toEqual([['javascript-url', 1]]);
    expect(lint('[Klicka][x]\n\n[x]: JavaScript:void(0)')).toEqual([['javascript-url', 3]]);
    expect(lint('<a href="javascript:go()">x</a>')).toEqual([['javascript-url', 1]]);
    expect(lint('<img alt="x" src=" java\tscript:go()">')).toEqual([['javascript-url', 1]]);
    expect(lint('<a href="jav&#x09;ascript&colon;go()">x</a>')).toEqual([['javascript-url', 1]]);
    expect(isJavaScriptUrl('https://example.org/javascript:')).toBe(false);
  });

  it('flags <iframe>, <object> and <embed>', () => {
    expect(lint('<iframe src="https://www.youtube.com/embed/x"></iframe>')).toEqual([['embedded-content', 1]]);
    expect(lint('Text\n\n<object data="x.pdf"></object>')).toEqual([['embedded-content', 3]]);
    expect(lint('<embed src="x.swf">')).toEqual([['embedded-content', 1]]);
    expect(messages('<iframe src="x"></iframe>')[0]).toContain('Expected a link to it instead');
  });

  it('leaves code, comments and ordinary words alone', () => {
    const text = [
      'Our onboarding starts online; one person is on call.',
      '',
      'Write `<script>` or `<iframe>` in code, and `[x](javascript:y)`.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<div onclick="x"></div>',
      '# Not a heading',
      '![](no-alt.png)',
      '```',
      '',
      '    <iframe src="indented code"></iframe>',
      '',
      '<!-- <script>alert(1)</script> -->',
      '',
      'A sentence with a # in it, and 3 < 4 > 2.',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });
});

/** The problems in a text, each with its rule, body line and message. */
const problems = (markdown: string) =>
  lintMarkdown(markdown, { sitePaths })
    .filter(({ rule }) => rule !== 'image')
    .map(({ rule, bodyLine, message }) => ({ rule, bodyLine, message }));

/** The messages a communicator reads, word for word. */
const says = {
  script: (shown: string) =>
    `found a script, ${shown}; scripts are not allowed in the text. Expected text, Markdown and plain HTML only.`,
  style: (shown: string) =>
    `found a style sheet, ${shown}; style sheets are not allowed in the text, since they would change the look of the whole page. Expected text, Markdown and plain HTML only, which the site gives its own look.`,
  handler: (attribute: string, element: string) =>
    `found the event handler ${attribute}= on <${element}>; attributes that start with "on" run scripts and are not allowed. Expected the element without ${attribute}=.`,
  javascript: (attribute: string, element: string) =>
    `found ${attribute} on <${element}>, an address that starts with "javascript:" and would run a script; expected a web address (https://…) or the address of a page on this site (/…).`,
  embedded: (shown: string) =>
    `found an embedded page or object, ${shown}; <iframe>, <object> and <embed> are not allowed in the text. Expected a link to it instead, such as [Se filmen](https://…).`,
  image: (shown: string) =>
    `found the picture ${shown}; the site does not show pictures in its texts (a picture in a content file is not published with the page, and one from another site would let that site see who reads it). Expected the text to say in words what the picture shows, or a link to where it is published.`,
};

describe('markdown lint: HTML as a browser reads it', () => {
  it('finds an attribute written straight after a quoted value or a slash, in an HTML block', () => {
    expect(problems('Text.\n\n<div>\n<img src="a"onerror="alert(1)">\n</div>')).toEqual([
      { rule: 'event-handler', bodyLine: 4, message: says.handler('onerror', 'img') },
    ]);
    expect(problems('<div>\n<svg/onload=alert(2)>\n</div>')).toEqual([
      { rule: 'event-handler', bodyLine: 2, message: says.handler('onload', 'svg') },
    ]);
    expect(problems('Text.\n\n<div>\n<p>Text</p>\n<a href="x"onclick="alert(3)">x</a>\n</div>')).toEqual([
      { rule: 'event-handler', bodyLine: 5, message: says.handler('onclick', 'a') },
    ]);
  });

  it('decodes character references and ignores tabs in addresses', () => {
    const text = [
      '<p>',
      '<a href="java&#x09;script:alert(1)">a</a>',
      '<a href="&#106;avascript:alert(2)">b</a>',
      '<a href="jav&Tab;ascript:alert(3)">c</a>',
      '</p>',
      '',
      'See <a href="javascript&colon;alert(4)">d</a> and [e](&#106;avascript:alert(5)).',
    ].join('\n');
    expect(problems(text)).toEqual([
      { rule: 'javascript-url', bodyLine: 2, message: says.javascript('href="java script:alert(1)"', 'a') },
      { rule: 'javascript-url', bodyLine: 3, message: says.javascript('href="javascript:alert(2)"', 'a') },
      { rule: 'javascript-url', bodyLine: 4, message: says.javascript('href="jav ascript:alert(3)"', 'a') },
      { rule: 'javascript-url', bodyLine: 7, message: says.javascript('href="javascript:alert(4)"', 'a') },
      {
        rule: 'javascript-url',
        bodyLine: 7,
        message:
          'found the link [e](javascript:alert(5)), whose address starts with "javascript:" and would run a script; expected a web address (https://…) or the address of a page on this site (/…).',
      },
    ]);
  });

  it('reads element and attribute names, and javascript:, in any case', () => {
    expect(problems('Text.\n\n<SCRIPT>alert(1)</SCRIPT>')).toEqual([{ rule: 'script', bodyLine: 3, message: says.script('<SCRIPT>') }]);
    expect(problems('A line,\nthen <Img SRC=x OnError=alert(1) ALT="Karta"> inline.')).toEqual([
      { rule: 'event-handler', bodyLine: 2, message: says.handler('onerror', 'img') },
    ]);
    expect(problems('<div>\n<a HREF="JAVASCRIPT:alert(1)">x</a>\n</div>')).toEqual([
      { rule: 'javascript-url', bodyLine: 2, message: says.javascript('href="JAVASCRIPT:alert(1)"', 'a') },
    ]);
  });

  it('reads values without quotes and attributes separated by slashes', () => {
    expect(problems('Text.\n\n<a href=javascript:alert(1)>x</a>')).toEqual([
      { rule: 'javascript-url', bodyLine: 3, message: says.javascript('href="javascript:alert(1)"', 'a') },
    ]);
    expect(problems('<div>\n<img/alt="Karta"/src="karta.png"/onerror="alert(1)">\n</div>')).toEqual([
      { rule: 'event-handler', bodyLine: 2, message: says.handler('onerror', 'img') },
    ]);
  });

  it('reads on into a tag that a blank line cuts off, as the browser does on the page', () => {
    expect(problems('Text.\n\n<div onclick="alert(1)"\n\nNext paragraph.')).toEqual([
      { rule: 'event-handler', bodyLine: 3, message: says.handler('onclick', 'div') },
    ]);
    expect(problems('<div class="x"\nonmouseover=alert(1)\n\nNext paragraph.')).toEqual([
      { rule: 'event-handler', bodyLine: 1, message: says.handler('onmouseover', 'div') },
    ]);
  });

  it('flags <iframe>, <object> and <embed>, an iframe with srcdoc too', () => {
    const text = [
      '<div>',
      '<IFRAME SRC="https://example.org"></IFRAME>',
      '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
      '<object data="x.pdf"></object>',
      '<embed src="x.swf">',
      '</div>',
    ].join('\n');
    expect(problems(text)).toEqual([
      { rule: 'embedded-content', bodyLine: 2, message: says.embedded('<IFRAME SRC="https://example.org">') },
      { rule: 'embedded-content', bodyLine: 3, message: says.embedded('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">') },
      { rule: 'embedded-content', bodyLine: 4, message: says.embedded('<object data="x.pdf">') },
      { rule: 'embedded-content', bodyLine: 5, message: says.embedded('<embed src="x.swf">') },
    ]);
  });

  it('flags <style>', () => {
    expect(problems('Text.\n\n<style>\nmain { display: none }\n</style>')).toEqual([
      { rule: 'style', bodyLine: 3, message: says.style('<style>') },
    ]);
    expect(problems('Text <STYLE>p { color: red }</STYLE> inline.')).toEqual([{ rule: 'style', bodyLine: 1, message: says.style('<STYLE>') }]);
  });

  it('flags javascript: in links, forms, buttons and SVG', () => {
    const text = [
      'Text.',
      '',
      '<a href="javascript:alert(1)">a</a>',
      '',
      '<form action="javascript:alert(2)">',
      '<button formaction="javascript:alert(3)">Skicka</button>',
      '</form>',
      '',
      '<svg><a xlink:href="javascript:alert(4)"><text y="20">Klicka</text></a></svg>',
    ].join('\n');
    expect(problems(text)).toEqual([
      { rule: 'javascript-url', bodyLine: 3, message: says.javascript('href="javascript:alert(1)"', 'a') },
      { rule: 'javascript-url', bodyLine: 5, message: says.javascript('action="javascript:alert(2)"', 'form') },
      { rule: 'javascript-url', bodyLine: 6, message: says.javascript('formaction="javascript:alert(3)"', 'button') },
      { rule: 'javascript-url', bodyLine: 9, message: says.javascript('xlink:href="javascript:alert(4)"', 'a') },
    ]);
  });

  it('reads tags where htmlparser2 sees text but a browser reads HTML', () => {
    // A browser ends a comment at --!> too, and <![CDATA[ outside SVG at the first >.
    expect(problems('Text.\n\n<!-- note --!>\n<img src=x onerror=alert(1) alt="x"> -->')).toEqual([
      { rule: 'event-handler', bodyLine: 4, message: says.handler('onerror', 'img') },
    ]);
    expect(problems('Text <!-- --!> <b onclick=alert(2)>here</b> --> inline.')).toEqual([
      { rule: 'event-handler', bodyLine: 1, message: says.handler('onclick', 'b') },
    ]);
    expect(problems('Text.\n\n<![CDATA[ > <img src=x onerror=alert(3) alt="x"> ]]>')).toEqual([
      { rule: 'event-handler', bodyLine: 3, message: says.handler('onerror', 'img') },
    ]);
    // Within SVG, a browser reads tags inside <title>, <textarea> and <style>.
    const svg = [
      '<div>',
      '<svg><title><img src=x onerror=alert(4) alt="x"></title></svg>',
      '<svg><textarea><img src=x onerror=alert(5) alt="x"></textarea></svg>',
      '<svg><style><img src=x onerror=alert(6) alt="x"></style></svg>',
      '</div>',
    ].join('\n');
    expect(problems(svg)).toEqual([
      { rule: 'event-handler', bodyLine: 2, message: says.handler('onerror', 'img') },
      { rule: 'event-handler', bodyLine: 3, message: says.handler('onerror', 'img') },
      { rule: 'style', bodyLine: 4, message: says.style('<style>') },
      { rule: 'event-handler', bodyLine: 4, message: says.handler('onerror', 'img') },
    ]);
  });

  it('accepts harmless HTML', () => {
    const text = [
      'Vi följer <abbr title="Förenta nationerna">FN</abbr>:s mål.<br>',
      'En rad till.<br/>',
      '',
      '<details>',
      '<summary>Läs mer</summary>',
      '',
      'Text i **Markdown**.',
      '',
      '</details>',
      '',
      '<p class="online" data-on="x">Se <a href="https://www.overtornea.se/" title="Kommunen">kommunen</a>,',
      '<a href="/mal/fler-bostader/">målet</a><sup>1</sup> och <img src="karta.png" alt="Karta över kommunen">.</p>',
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });
});

describe('markdown lint: images', () => {
  it('reports every picture, in Markdown or HTML, with its line: the site does not publish them', () => {
    expect(lint('![Karta över kommunen](karta.png)', 'all')).toEqual([['image', 1]]);
    expect(lint('Text\n\n![](https://example.org/karta.png)', 'all')).toEqual([['image', 3]]);
    expect(lint('![Karta][karta]\n\n[karta]: karta.png', 'all')).toEqual([['image', 1]]);
    expect(lint('<img src="karta.png" alt="Karta">', 'all')).toEqual([['image', 1]]);
    expect(lint('<picture><source srcset="a.webp"><img src="a.png" alt="A"></picture>', 'all')).toEqual([['image', 1], ['image', 1]]);
    expect(messages('![Karta över kommunen](karta.png)')[0]).toBe(says.image('![Karta över kommunen](karta.png)'));
  });

  it('accepts a link to a picture, which a reader opens on purpose', () => {
    expect(lint('[Karta över kommunen (PDF)](https://www.kommunen.se/karta.pdf)')).toEqual([]);
  });
});

describe('markdown lint: headings', () => {
  it('accepts headings that start at ## and go down one level at a time', () => {
    expect(lint('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n\nF\n---\n')).toEqual([]);
  });

  it('flags a level-1 heading, written with # or underlined with ===', () => {
    expect(lint('# Titel')).toEqual([['heading-level', 1]]);
    expect(lint('Text\n\nTitel\n=====\n')).toEqual([['heading-level', 3]]);
    expect(messages('Titel\n=====')[0]).toContain('found the level-1 heading "Titel" (underlined with ===)');
  });

  it('flags a heading that skips a level', () => {
    expect(lint('## A\n\n#### B')).toEqual([['heading-level', 3]]);
    expect(lint('### A')).toEqual([['heading-level', 1]]);
    expect(lint('## A\n\n<h4>B</h4>')).toEqual([['heading-level', 3]]);
    expect(messages('## A\n\n#### B')[0]).toBe(
      'found the level-4 heading "#### B" after a level-2 heading (line 1 after the frontmatter); headings go down one level at a time. Expected a level-3 heading, "### B", or a level used above it.',
    );
  });

  it('ignores # in text and lines in code', () => {
    expect(lint('Vi har #1 i länet.\n\n```\n# Kod\n#### Mer kod\n```\n\n    # indragen kod\n\n## Rubrik')).toEqual([]);
  });
});

describe('markdown lint: links within the site', () => {
  it('accepts existing pages, with or without a language prefix and with a fragment', () => {
    const text = [
      '[Bostäder](/mal/fler-bostader/)',
      '[Housing](/en/mal/fler-bostader/#indicators)',
      '[Demokrati](/en/malomraden/demokrati/)',
      '[Meänkieli](/initiativ/meankieli/)',
      '[Start](/) and [English](/en/)',
      '[Processen](/malstyrningsprocess/?print=1)',
    ].join('\n\n');
    expect(lint(text)).toEqual([]);
  });

  it('leaves external sites, mail, fragments and files alone', () => {
    const text = [
      '[Kommunen](https://www.overtornea.se/mal/nothing/)',
      '[Protocol-relative](//example.org/x)',
      '[Mejla](mailto:kommun@overtornea.se)',
      '[Längre ner](#rubrik)',
      '[Plan](/dokument/plan.pdf)',
    ].join('\n\n');
    expect(lint(text)).toEqual([]);
  });

  it('flags a page that does not exist, suggesting the closest', () => {
    expect(lint('[Bostäder](/mal/fler-bostadr/)')).toEqual([['internal-link', 1]]);
    expect(messages('[Bostäder](/mal/fler-bostadr/#a)')[0]).toBe(
      'found the link [Bostäder](/mal/fler-bostadr/#a): there is no goal "fler-bostadr" (no file goals/fler-bostadr.md in the content); expected the address of a page on this site, such as "/mal/<file name>/" for a goal or "/<file name>/" for a page, ending with /. Did you mean "/mal/fler-bostader/#a"?',
    );
    expect(internalLinkProblem('/en/malomraden/demokratin/', sitePaths)).toContain('Did you mean "/en/malomraden/demokrati/"?');
    expect(internalLinkProblem('/sv/mal/fler-bostader/', sitePaths)).toContain('no page of this site has that address');
  });

  it('flags an address without the trailing slash', () => {
    expect(internalLinkProblem('/mal/fler-bostader#a', sitePaths)).toBe(
      'the address lacks the slash at the end; expected "/mal/fler-bostader/#a", since every page address on this site ends with /.',
    );
  });

  it('checks links in HTML and in reference definitions too', () => {
    expect(lint('<a href="/mal/okand/">x</a>')).toEqual([['internal-link', 1]]);
    expect(lint('[x][y]\n\n[y]: /mal/okand/')).toEqual([['internal-link', 3]]);
  });
});

describe('site paths', () => {
  it('gives every route in every language, from the root and without the base path', () => {
    expect([...pathsOf([{ kind: 'home' }, { kind: 'goal', id: 'fler-bostader' }, { kind: 'page', id: 'index' }, { kind: 'notFound' }])].sort()).toEqual([
      '/',
      '/ar/',
      '/ar/mal/fler-bostader/',
      '/en/',
      '/en/mal/fler-bostader/',
      '/fi/',
      '/fi/mal/fler-bostader/',
      '/fit/',
      '/fit/mal/fler-bostader/',
      '/mal/fler-bostader/',
    ]);
  });
});

describe('markdown lint: line numbers', () => {
  it('counts lines from the top of the file when the file is given', () => {
    const source = '---\ntitle: Test\n---\n\nFirst line.\n\n![](x.png)\n';
    const body = 'First line.\n\n![](x.png)\n';
    expect(lintMarkdown(body, { source })).toMatchObject([{ rule: 'image', bodyLine: 3, line: 7 }]);
    expect(lintMarkdown(body)).toMatchObject([{ rule: 'image', bodyLine: 3 }]);
    expect(lintMarkdown(body)[0]).not.toHaveProperty('line');
  });

  it('gives the line in the file of HTML in a block and inline', () => {
    const source = '---\ntitle: Test\n---\n\n<div>\n<p>Text</p>\n<img src="x.png" onerror="go()" alt="x">\n</div>\n\nSee <span onclick="go()">this</span>.\n';
    const body = source.slice(source.indexOf('<div>'));
    expect(lintMarkdown(body, { source })).toMatchObject([
      { rule: 'event-handler', bodyLine: 3, line: 7, message: says.handler('onerror', 'img') },
      { rule: 'image', bodyLine: 3, line: 7 },
      { rule: 'event-handler', bodyLine: 6, line: 10, message: says.handler('onclick', 'span') },
    ]);
  });
});

describe("the lint's Markdown parser", () => {
  const root = join(import.meta.dirname, '..', '..');
  /** The file Node loads for a package when a file in the folder `from` imports it. */
  const resolve = (name: string, from: string) => createRequire(join(from, 'package.json')).resolve(name);
  /** The folder of a package, as Node finds it from the folder `from`. */
  const packageFolder = (name: string, from: string) => {
    const entry = resolve(name, from);
    const folder = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
    return entry.slice(0, entry.lastIndexOf(folder) + folder.length);
  };

  it('is the copy of satteri, and of its renderer, that Astro renders Markdown with', () => {
    const ours = resolve('satteri', root);
    // Astro renders Markdown with @astrojs/markdown-satteri; so does the site, for the text
    // between the components of an .mdx file (lib/markdown-render.ts). npm may put a copy of
    // either inside astro's own folder.
    const astrosRenderer = packageFolder('@astrojs/markdown-satteri', packageFolder('astro', root));
    expect(packageFolder('@astrojs/markdown-satteri', root), 'the renderer the site imports is the one astro uses').toBe(astrosRenderer);
    expect(resolve('satteri', astrosRenderer), 'satteri as the renderer finds it').toBe(ours);
  });
});

describe('validateContent runs the lint on every entry and translation', () => {
  const entry = (collection: string, id: string, data: Record<string, unknown>, body?: string) => ({
    id,
    collection,
    data: { illustrative: false, editorial: false, sources: [], ...data },
    body,
    filePath: `content/${collection}/${id}.md`,
  });
  const content = {
    goalAreas: [entry('goal-areas', 'demokrati', { order: 1, title: 'Demokrati' })],
    goals: [entry('goals', 'fler-bostader', { order: 1, title: 'Fler bostäder', area: { id: 'demokrati', collection: 'goalAreas' } })],
    organisations: [],
    developmentAreas: [],
    activities: [],
    indicators: [],
    initiatives: [],
    pages: [
      entry('pages', 'index', { title: 'Start' }, 'Se [målet](/mal/fler-bostader/) och [processen](/malstyrningsprocess/#steg).'),
      entry('pages', 'malstyrningsprocess', { title: 'Process' }, '## Steg\n\n[Trasig](/mal/fler-bostadr/)'),
    ],
    accessibilityProblems: [],
    translations: [
      {
        id: 'en/pages/index',
        collection: 'translations',
        data: { title: 'Start', status: 'draft' },
        body: 'Text.\n\n<iframe src="https://example.org"></iframe>',
        filePath: 'content/translations/en/pages/index.md',
      },
    ],
  } as unknown as ContentSet;

  it('builds the site addresses from the content and reports each problem with file and line', () => {
    const sources: Record<string, string> = {
      'content/pages/malstyrningsprocess.md': '---\ntitle: Process\n---\n\n## Steg\n\n[Trasig](/mal/fler-bostadr/)\n',
    };
    const issues = validateContent(content, { readSource: (file) => sources[file] });
    expect(issues).toEqual([
      {
        file: 'content/pages/malstyrningsprocess.md',
        field: 'text, line 7',
        message: expect.stringContaining('Did you mean "/mal/fler-bostader/"?'),
      },
      {
        file: 'content/translations/en/pages/index.md',
        field: 'text, line 3 after the frontmatter',
        message: expect.stringContaining('found an embedded page or object, <iframe'),
      },
    ]);
  });
});
