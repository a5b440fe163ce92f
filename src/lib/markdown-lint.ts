import { Parser } from 'htmlparser2';
import { markdownToMdast, type MdastNode } from 'satteri';
import { collectionFolders, type CollectionName } from '../config/content.ts';
import { language, languages } from '../config/languages.ts';
import { closest } from './closest.ts';
import { fileLine } from './frontmatter.ts';
import { collectionRouteKinds, entrySegments, type EntryRouteKind } from './routes.ts';

/*
 * Rules for the text that communicators write, checked before anything is published: no
 * scripts or embedded pages, images that say what they show, headings in order, and links to
 * pages of the site that exist.
 *
 * The text is read by satteri, the Markdown parser Astro renders it with, so the rules see the
 * same headings, links, code and HTML that readers get. HTML inside the Markdown comes to the
 * rules as raw text, which they read with htmlparser2, an HTML parser: names in any case,
 * attributes with or without quotes and spaces between them, and character references (&#106;,
 * &Tab;) decoded, as a browser reads them. Where htmlparser2 reads less HTML than a browser does
 * (see openingTags), the rules read on.
 */

export const lintRules = [
  'script',
  'style',
  'event-handler',
  'javascript-url',
  'embedded-content',
  'image',
  'heading-level',
  'internal-link',
] as const;
export type LintRule = (typeof lintRules)[number];

export interface LintProblem {
  rule: LintRule;
  /** The line in the body: 1 is the first line after the frontmatter. */
  bodyLine: number;
  /** The line in the file, counted from its first `---`: given when the file's text was. */
  line?: number;
  message: string;
}

export interface LintOptions {
  /** The whole file (frontmatter included), so that lines are counted as an editor shows them. */
  source?: string;
  /**
   * Every page of the site as a root-relative path in every language (`/`, `/mal/x/`,
   * `/en/mal/x/`; see `sitePaths` in routes.ts). Without it, links within the site are not
   * checked.
   */
  sitePaths?: ReadonlySet<string>;
}

/** Checks a Markdown body (the text after the frontmatter) against every rule. */
/**
 * Pictures are not published with the text: the site would show a broken image, and one from
 * another site would tell that site who reads the page. Say what it shows instead.
 */
const imageMessage = (shown: string) =>
  `found the picture ${shown}; the site does not show pictures in its texts (a picture in a content file is not published with the page, and one from another site would let that site see who reads it). Expected the text to say in words what the picture shows, or a link to where it is published.`;

export function lintMarkdown(body: string, options: LintOptions = {}): LintProblem[] {
  const found: Omit<LintProblem, 'line'>[] = [];
  const report = (rule: LintRule, bodyLine: number, message: string) => found.push({ rule, bodyLine, message });
  // The page's title is its level-1 heading; the text's own headings continue from it.
  let headingLevel = 1;
  let headingLine = 0;

  // Lines in messages are counted as the field before them is: from the top of the file when
  // its text is known, otherwise after the frontmatter.
  const firstLine = fileLine(options.source, body, 1);
  const lineName = (bodyLine: number) =>
    firstLine === undefined ? `line ${bodyLine} after the frontmatter` : `line ${firstLine + bodyLine - 1}`;

  function heading(level: number, line: number, shown: string, retyped: (level: number) => string) {
    if (level === 1) {
      report(
        'heading-level',
        line,
        `found the level-1 heading ${shown}; the page's title is already its level-1 heading. Expected a level-2 heading, ${retyped(2)}, for the first level of headings in the text.`,
      );
    } else if (headingLine === 0 && level > 2) {
      report(
        'heading-level',
        line,
        `found the level-${level} heading ${shown} as the first heading in the text; the text's headings start at level 2, just below the page's title. Expected ${retyped(2)}.`,
      );
    } else if (level > headingLevel + 1) {
      report(
        'heading-level',
        line,
        `found the level-${level} heading ${shown} after a level-${headingLevel} heading (${lineName(headingLine)}); headings go down one level at a time. Expected a level-${headingLevel + 1} heading, ${retyped(headingLevel + 1)}, or a level used above it.`,
      );
    }
    headingLevel = level;
    headingLine = line;
  }

  function link(url: string, line: number, shown: string) {
    if (isJavaScriptUrl(url)) {
      report(
        'javascript-url',
        line,
        `found the link ${shown}, whose address starts with "javascript:" and would run a script; expected a web address (https://…) or the address of a page on this site (/…).`,
      );
      return;
    }
    if (options.sitePaths) {
      const problem = internalLinkProblem(url, options.sitePaths);
      if (problem) report('internal-link', line, `found the link ${shown}: ${problem}`);
    }
  }

  function html(value: string, startLine: number) {
    const lineAt = (index: number) => startLine + countNewlines(value.slice(0, index));

    for (const tag of openingTags(value)) {
      const line = lineAt(tag.index);
      const shown = quoteCode(value.slice(tag.index, tag.end));
      if (tag.name === 'script') {
        report(
          'script',
          line,
          `found a script, ${shown}; scripts are not allowed in the text. Expected text, Markdown and plain HTML only.`,
        );
      } else if (tag.name === 'style') {
        report(
          'style',
          line,
          `found a style sheet, ${shown}; style sheets are not allowed in the text, since they would change the look of the whole page. Expected text, Markdown and plain HTML only, which the site gives its own look.`,
        );
      } else if (embedding.includes(tag.name)) {
        report(
          'embedded-content',
          line,
          `found an embedded page or object, ${shown}; <iframe>, <object> and <embed> are not allowed in the text. Expected a link to it instead, such as [Se filmen](https://…).`,
        );
      }
      for (const attribute of tag.attributes) {
        if (/^on[a-z]+$/i.test(attribute.name)) {
          report(
            'event-handler',
            line,
            `found the event handler ${attribute.name}= on <${tag.name}>; attributes that start with "on" run scripts and are not allowed. Expected the element without ${attribute.name}=.`,
          );
        } else if (isJavaScriptUrl(attribute.value)) {
          report(
            'javascript-url',
            line,
            `found ${attribute.name}="${shorten(attribute.value)}" on <${tag.name}>, an address that starts with "javascript:" and would run a script; expected a web address (https://…) or the address of a page on this site (/…).`,
          );
        }
      }
      if (tag.name === 'img' || tag.name === 'picture') report('image', line, imageMessage(shown));
      if ((tag.name === 'a' || tag.name === 'area') && options.sitePaths) {
        const href = tag.attributes.find((a) => a.name === 'href')?.value;
        const problem = href === undefined || isJavaScriptUrl(href) ? undefined : internalLinkProblem(href, options.sitePaths);
        if (problem) report('internal-link', line, `found the link ${shown}: ${problem}`);
      }
      const headingTag = /^h([1-6])$/.exec(tag.name);
      if (headingTag) heading(Number(headingTag[1]), line, shown, (level) => `<h${level}>`);
    }
  }

  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading': {
        const title = shorten(plainText(node));
        // An underlined (setext) heading spans two lines; a # heading one.
        const underlined = (node.position?.end.line ?? line) > line;
        const shown = underlined
          ? `"${title}" (underlined with ${node.depth === 1 ? '===' : '---'})`
          : `"${'#'.repeat(node.depth)} ${title}"`;
        heading(node.depth, line, shown, (level) => `"${'#'.repeat(level)} ${title}"`);
        break;
      }
      case 'html':
        html(node.value, line);
        break;
      case 'link':
        link(node.url, line, `[${shorten(plainText(node))}](${shorten(node.url)})`);
        break;
      case 'definition':
        link(node.url, line, `[${node.label ?? node.identifier}]: ${shorten(node.url)}`);
        break;
      case 'image':
        if (isJavaScriptUrl(node.url)) link(node.url, line, `![${node.alt ?? ''}](${shorten(node.url)})`);
        report('image', line, imageMessage(`![${shorten(node.alt ?? '')}](${shorten(node.url)})`));
        break;
      case 'imageReference':
        report('image', line, imageMessage(`![${shorten(node.alt ?? '')}][${node.label ?? node.identifier}]`));
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as MdastNode);
  };
  visit(markdownToMdast(body, { features: { gfm: true, frontmatter: false } }));

  return found
    .sort((a, b) => a.bodyLine - b.bodyLine)
    .map((problem) => (firstLine === undefined ? problem : { ...problem, line: firstLine + problem.bodyLine - 1 }));
}

const embedding = ['iframe', 'object', 'embed', 'frame', 'frameset'];

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

/** A found text, short enough for a message. */
function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function quoteCode(text: string): string {
  return shorten(text, 80);
}

function plainText(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((child) => plainText(child as MdastNode)).join('');
  return '';
}

interface Tag {
  /** In lower case, as are the names of its attributes. */
  name: string;
  /** Each in the order written, repeated ones too; values with their character references decoded. */
  attributes: { name: string; value: string }[];
  /** Where the tag starts in the HTML, and where it ends: for a tag cut off, at the end. */
  index: number;
  end: number;
}

/**
 * The opening tags of a piece of HTML, from `from` on, with their attributes. A tag counts from
 * its name on, and each attribute as soon as it ends, not only once the tag's > comes: a tag that
 * Markdown cut off at a blank line stays open on the page, and the browser reads on into what
 * follows.
 *
 * Where htmlparser2 takes for text what a browser may read tags in, the reading starts again
 * after it: see textOnlyElements and browserCommentEnd.
 */
function openingTags(html: string, from = 0): Tag[] {
  const text = html.slice(from);
  const tags: Tag[] = [];
  let readOnFrom: number | undefined;
  const parser = new Parser({
    onopentagname(name) {
      tags.push({ name, attributes: [], index: from + parser.startIndex, end: html.length });
    },
    onattribute(name, value) {
      tags.at(-1)!.attributes.push({ name, value });
    },
    onopentag(name) {
      tags.at(-1)!.end = from + parser.endIndex + 1;
      if (textOnlyElements.includes(name)) readOnAfter(parser.endIndex + 1);
    },
    oncomment() {
      const end = browserCommentEnd(text.slice(parser.startIndex, parser.endIndex + 1));
      if (end !== undefined) readOnAfter(parser.startIndex + end);
    },
  });
  function readOnAfter(index: number) {
    readOnFrom = from + index;
    parser.pause();
  }
  // The renderer ends an HTML block with a line break, which ends a value cut off without quotes.
  parser.end(`${text}\n`);
  return readOnFrom === undefined ? tags : [...tags, ...openingTags(html, readOnFrom)];
}

/**
 * The elements htmlparser2 reads the inside of as text, wherever they are. A browser does so in
 * HTML, but within SVG and MathML reads tags there (<svg><title><img onerror=…> runs a script),
 * and whether an element is within one can depend on HTML elsewhere on the page.
 */
const textOnlyElements = ['script', 'style', 'title', 'textarea', 'xmp'];

/**
 * Where a browser ends a comment that htmlparser2 reads on past, counted from the comment's
 * start. htmlparser2 ends <!-- only at -->, a browser at --!> too (after the opening <!--, whose
 * dashes do not count); and it ends <![CDATA[ at ]]>, where a browser (outside SVG and MathML)
 * ends it at the first >.
 */
function browserCommentEnd(comment: string): number | undefined {
  const end = comment.startsWith('<![CDATA[') ? '>' : '--!>';
  const at = comment.indexOf(end, '<!--'.length);
  return at >= 0 && at + end.length < comment.length ? at + end.length : undefined;
}

/**
 * Whether a browser would run the address as a script (it ignores spaces, tabs and case). Its
 * character references are decoded already: satteri does so in Markdown, htmlparser2 in HTML.
 */
export function isJavaScriptUrl(url: string): boolean {
  return url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase().startsWith('javascript:');
}

const kindNames: Record<Exclude<EntryRouteKind, 'page'>, string> = {
  goalArea: 'goal area',
  goal: 'goal',
  developmentArea: 'development area',
  activity: 'activity',
  indicator: 'indicator',
  initiative: 'initiative',
};

const languagePrefixes: string[] = languages.map((lang) => language(lang).prefix).filter(Boolean);

/** The first part of an entry page's address, e.g. `mal`, with the folder its files are in. */
const sections = new Map<string, { folder: string; what: string }>();
for (const [collection, kind] of Object.entries(collectionRouteKinds) as [CollectionName, EntryRouteKind | undefined][]) {
  if (kind && kind !== 'page') sections.set(entrySegments[kind], { folder: collectionFolders[collection], what: kindNames[kind] });
}

/**
 * What is wrong with a link within the site (an address that starts with a single /), or
 * undefined when it leads to a page that exists, or is not a link within the site at all.
 * Files (an address whose last part has a dot, such as /dokument/plan.pdf) are not pages and are
 * not checked.
 */
export function internalLinkProblem(url: string, paths: ReadonlySet<string>): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if ((path.split('/').pop() ?? '').includes('.')) return undefined;
  if (paths.has(path)) return undefined;
  if (!path.endsWith('/') && paths.has(`${path}/`)) {
    return `the address lacks the slash at the end; expected "${path}/${rest}", since every page address on this site ends with /.`;
  }
  const segments = path.split('/').filter(Boolean);
  const language = languagePrefixes.includes(segments[0] ?? '') ? segments.shift() : undefined;
  const root = language ? `/${language}/` : '/';
  // Addresses in the same language, the start page left out (every address contains it).
  const candidates = [...paths].filter((candidate) => {
    if (candidate === root || !candidate.startsWith(root)) return false;
    return language !== undefined || !languagePrefixes.includes(candidate.split('/')[1] ?? '');
  });
  const section = sections.get(segments[0] ?? '');
  let missing: string;
  let near: string[];
  if (section && segments.length === 2) {
    missing = `there is no ${section.what} "${segments[1]}" (no file ${section.folder}/${segments[1]}.md in the content)`;
    const sectionRoot = `${root}${segments[0]}/`;
    const ids = candidates.filter((c) => c.startsWith(sectionRoot)).map((c) => c.slice(sectionRoot.length, -1));
    near = closest(segments[1]!, ids).map((id) => `${sectionRoot}${id}/`);
  } else {
    missing =
      section && segments.length === 1
        ? `"${segments[0]}/" alone is not a page; each ${section.what} has its own address, /${segments[0]}/<file name>/`
        : segments.length === 1
          ? `there is no page "${segments[0]}" (no file pages/${segments[0]}.md in the content)`
          : 'no page of this site has that address';
    near = closest(path.endsWith('/') ? path : `${path}/`, candidates);
  }
  const suggestion = near.length > 0 ? ` Did you mean ${near.map((candidate) => `"${candidate}${rest}"`).join(' or ')}?` : '';
  return `${missing}; expected the address of a page on this site, such as "/mal/<file name>/" for a goal or "/<file name>/" for a page, ending with /.${suggestion}`;
}
