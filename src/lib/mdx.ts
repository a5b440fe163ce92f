import { mdxToMdast, type MdastNode } from 'satteri';
import { didYouMean } from './closest.ts';
import type { HeadingLevel } from './outline.ts';
import { isPlaceholderName } from './placeholders.ts';

/*
 * Live facts inside a text: an `.mdx` content file may use a few of the site's own components,
 * by name, with literal props, each on a line of its own:
 *
 *   <Chart indicator="nya-bostader" />      an indicator's chart with its values, as on its page
 *   <GoalList area="demokrati" />           a goal area's goals with their status (all areas without `area`)
 *   <StatusSummary area="demokrati" />      how the goals stand (the whole model without `area`)
 *   <Note>Text in **Markdown**</Note>       a note box
 *
 * MDX is a language that runs code. Content edited through pull requests must not, so the site
 * never compiles or runs an `.mdx` file: it reads it with satteri, the parser the renderer uses,
 * checks it (lintMdx, before any page is made) and shows it itself (mdxParts → Prose.astro):
 * Markdown as Markdown, the components as the site's components. Imports, exports, expressions
 * other than placeholders such as {antal mål}, and HTML elements are errors with their line.
 */

export interface ComponentProp {
  /** The folder of the entry the prop names by id, checked to exist. */
  refersTo: 'indicators' | 'goalAreas';
  required: boolean;
}

export const mdxComponents = {
  Chart: { props: { indicator: { refersTo: 'indicators', required: true } }, children: false },
  GoalList: { props: { area: { refersTo: 'goalAreas', required: false } }, children: false },
  StatusSummary: { props: { area: { refersTo: 'goalAreas', required: false } }, children: false },
  Note: { props: {}, children: true },
} as const satisfies Record<string, { props: Record<string, ComponentProp>; children: boolean }>;
export type MdxComponentName = keyof typeof mdxComponents;
const componentNames = Object.keys(mdxComponents) as MdxComponentName[];

/** The ids props may name, by the folder they are in. */
export type KnownIds = Record<ComponentProp['refersTo'], readonly string[]>;

export interface MdxProblem {
  /** The line in the body: 1 is the first line after the frontmatter. */
  bodyLine: number;
  message: string;
}

type Attribute = { type: string; name?: string; value?: string | null | { type: string; value: string } };
type Node = MdastNode & { name?: string | null; attributes?: Attribute[]; value?: string; children?: Node[] };

const lineOf = (node: Node) => node.position?.start.line ?? 1;
const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);
const what = 'the components the site offers (Chart, GoalList, StatusSummary, Note; CONTRIBUTING.md, section 8a)';

/*
 * A placeholder such as {antal mål} is not JavaScript, and the MDX parser reads everything in
 * braces as JavaScript: known placeholders are hidden from it behind two private-use characters
 * of the same length, so that lines and offsets stay as they are in the file: the parts of the
 * text (mdxParts) are then cut from the file's own text, braces and all.
 */
const hidePlaceholders = (body: string) =>
  body.replace(/\{([^{}\n]{1,60})\}/g, (whole, name: string) => (isPlaceholderName(name.trim()) ? `\uE000${name}\uE001` : whole));

function parse(body: string): { tree?: Node; problem?: MdxProblem } {
  try {
    return { tree: mdxToMdast(hidePlaceholders(body)) as Node };
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/(\d+):\d+/.exec(message)?.[1] ?? 1);
    return { problem: { bodyLine: line, message: `the text cannot be read as MDX (${shorten(message.split('\n')[0]!)}); check the < and { on that line, or save the file as .md` } };
  }
}

/** A prop's value as written, where it is a literal: a text in quotes, or a plain number or true/false in braces. */
function literal(attribute: Attribute): string | undefined {
  const value = attribute.value;
  if (value === null || value === undefined) return 'true';
  if (typeof value === 'string') return value;
  const expression = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expression) || expression === 'true' || expression === 'false') return expression;
  const quoted = /^(["'])([^"'\\]*)\1$/.exec(expression);
  return quoted ? quoted[2] : undefined;
}

/** Everything in an `.mdx` text that is not allowed or not right, with its line. */
export function lintMdx(body: string, ids: KnownIds): MdxProblem[] {
  const { tree, problem } = parse(body);
  if (!tree) return [problem!];
  const problems: MdxProblem[] = [];
  const report = (node: Node, message: string) => problems.push({ bodyLine: lineOf(node), message });

  const visit = (node: Node, inside: MdxComponentName | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, `found "${shorten(node.value ?? '')}"; import and export run code and are not allowed in a text. Expected text, Markdown and ${what}.`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const inner = (node.value ?? '').trim();
        if (!isPlaceholderName(inner)) report(node, `found {${shorten(inner)}}; an expression in braces runs code and is not allowed. Expected a number the site fills in, such as {antal mål}, or ${what}.`);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!/^[A-Z]/.test(name)) {
          report(node, `found the HTML element <${name || '>'}>; in an .mdx file, write Markdown and ${what}. (HTML can be written in a .md file.)`);
          return;
        }
        if (!(name in mdxComponents)) {
          report(node, `found the component <${name}>, which the site does not have; expected one of ${componentNames.map((n) => `<${n}>`).join(', ')}.${didYouMean(name, componentNames)}`);
          return;
        }
        const component = mdxComponents[name as MdxComponentName];
        if (node.type === 'mdxJsxTextElement') report(node, `found <${name}> inside a line of text; put the component on a line of its own, with an empty line before and after.`);
        if (inside) report(node, `found <${name}> inside <${inside}>; components cannot be put inside one another.`);
        const allowed = Object.keys(component.props);
        const given = new Set<string>();
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
            report(node, `found {…} among the props of <${name}>; props are written name="value", and nothing in braces may run code.`);
            continue;
          }
          const prop = attribute.name;
          if (!allowed.includes(prop)) {
            report(node, `found the prop ${prop} on <${name}>, which it does not take; expected ${allowed.length > 0 ? allowed.map((p) => `${p}="…"`).join(' or ') : 'no props'}.${didYouMean(prop, allowed)}`);
            continue;
          }
          given.add(prop);
          const value = literal(attribute);
          if (value === undefined) {
            report(node, `found ${prop}={${shorten((attribute.value as { value: string }).value)}} on <${name}>; a prop's value is written in quotes, such as ${prop}="…", since anything else in braces would run code.`);
            continue;
          }
          const spec = (component.props as Record<string, ComponentProp>)[prop]!;
          const known = ids[spec.refersTo];
          if (!known.includes(value)) {
            const folder = spec.refersTo === 'indicators' ? 'indicators/' : 'goal-areas/';
            report(node, `found ${prop}="${value}" on <${name}>, expected the id of ${spec.refersTo === 'indicators' ? 'an indicator' : 'a goal area'} (the name of a file in the folder ${folder}, without .md).${didYouMean(value, known)}`);
          }
        }
        for (const [prop, spec] of Object.entries(component.props as Record<string, ComponentProp>)) {
          if (spec.required && !given.has(prop)) report(node, `<${name}> needs ${prop}="…": which ${spec.refersTo === 'indicators' ? 'indicator' : 'goal area'} it shows.`);
        }
        if (!component.children && (node.children ?? []).length > 0) report(node, `found text inside <${name}>…</${name}>; it takes none. Expected <${name} … />.`);
        for (const child of node.children ?? []) visit(child, name as MdxComponentName);
        return;
      }
      default:
        for (const child of node.children ?? []) visit(child, inside);
    }
  };
  visit(tree, undefined);
  return problems;
}

/**
 * The text as the Markdown rules read it, line for line: imports, exports and expressions taken
 * out, and of each component its tags, so that the text inside a <Note> is checked like any
 * other (its links too). Only line breaks are kept of what is taken out.
 */
export function markdownOf(body: string): string {
  const { tree } = parse(body);
  if (!tree) return body;
  const cuts: [number, number][] = [];
  const offset = (point: { offset?: number } | undefined) => point?.offset ?? 0;
  const visit = (node: Node) => {
    const start = offset(node.position?.start);
    const end = offset(node.position?.end);
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      cuts.push([start, end]);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const children = node.children ?? [];
      if (children.length === 0) cuts.push([start, end]);
      else {
        cuts.push([start, offset(children[0]!.position?.start)], [offset(children.at(-1)!.position?.end), end]);
        children.forEach(visit);
      }
    } else {
      (node.children ?? []).forEach(visit);
    }
  };
  visit(tree);
  let text = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    text += body.slice(from, start) + body.slice(start, end).replace(/[^\n]/g, '');
    from = end;
  }
  return text + body.slice(from);
}

export type MdxPart =
  | { kind: 'markdown'; source: string }
  | {
      kind: 'component';
      name: MdxComponentName;
      props: Record<string, string>;
      children: string;
      /** The level its own headings take: one below the text's last heading before it (a text starts below the page's h1). */
      headingLevel: HeadingLevel;
    };

/** A checked `.mdx` text as the page shows it: Markdown between the components, in order. */
export function mdxParts(body: string): MdxPart[] {
  const { tree } = parse(body);
  if (!tree) return [{ kind: 'markdown', source: body }];
  const parts: MdxPart[] = [];
  let from = 0;
  let lastHeading = 1;
  const offset = (point: { offset?: number } | undefined) => point?.offset ?? 0;
  for (const node of (tree.children ?? []) as Node[]) {
    if (node.type === 'heading') lastHeading = (node as Node & { depth: number }).depth;
    if (node.type !== 'mdxJsxFlowElement' || !node.name || !(node.name in mdxComponents)) continue;
    const start = offset(node.position?.start);
    const end = offset(node.position?.end);
    if (start > from) parts.push({ kind: 'markdown', source: body.slice(from, start) });
    const attributes = (node.attributes ?? []) as Attribute[];
    const props = Object.fromEntries(attributes.filter((a) => a.name).map((a) => [a.name!, literal(a) ?? '']));
    const children = (node.children ?? []) as Node[];
    const inner = children.length > 0 ? body.slice(offset(children[0]!.position?.start), offset(children.at(-1)!.position?.end)) : '';
    // Up to h5, so that a list of areas (h5) can still give its goals a level (h6).
    const headingLevel = Math.min(lastHeading + 1, 5) as HeadingLevel;
    parts.push({ kind: 'component', name: node.name as MdxComponentName, props, children: inner, headingLevel });
    from = end;
  }
  if (from < body.length) parts.push({ kind: 'markdown', source: body.slice(from) });
  return parts;
}
