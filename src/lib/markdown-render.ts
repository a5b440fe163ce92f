import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';

/*
 * Markdown rendered the way Astro renders a .md content file (its satteri processor, with
 * Astro's defaults), for the Markdown between the components of an .mdx text (mdx.ts): the same
 * HTML, heading ids and typography as any other text. Rendered once per piece of text per build.
 */

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;
const rendered = new Map<string, Promise<string>>();

export function renderMarkdown(source: string): Promise<string> {
  let html = rendered.get(source);
  if (!html) {
    processor ??= createSatteriMarkdownProcessor({});
    html = processor.then((p) => p.render(source)).then((result) => result.code);
    rendered.set(source, html);
  }
  return html;
}
