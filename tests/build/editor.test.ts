import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { editorContentSecurityPolicy } from '../../src/config/security.ts';
import { statusUnknown } from '../../src/integrations/editor-build.ts';
import { repoOf, sourceCollections } from '../../src/lib/cms/config.ts';
import { projectRoot } from '../support/astro-build.ts';
import { nonEmpty, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * The editor at /admin/ in the built output: a page of its own, found by no reader and no search
 * engine, under its own Content-Security-Policy, with a configuration made from the content
 * model where the repository is known, and a plain explanation where it is not. The pages keep
 * their policy and load none of it.
 */

const editorPath = '/admin/';

/** The headers a host that resolves _headers as Netlify does sends for a path: per header, the last matching rule's value. */
function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('/')) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      matches = pattern.test(path);
    } else if (matches && line.trim()) {
      const [name, ...value] = line.trim().split(': ');
      headers[name!] = value.join(': ');
    }
  }
  return headers;
}

describe.each(siteNames)('the editor of the %s site', (name) => {
  const built = site(name);
  const page = built.page(editorPath);
  const repository = built.settings.repository;
  const script = page.querySelector('script[type="module"][src]')?.getAttribute('src');

  it('is a page for no one but editors: noindex, in no sitemap, no search index, no menu or link of the site', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(page.querySelector('[data-pagefind-body], nav, .language-switcher, link[rel="canonical"], link[rel="alternate"]')).toBeNull();
    if (built.settings.siteUrl) expect(readFileSync(join(built.outDir, 'sitemap.xml'), 'utf8')).not.toMatch(/\/admin\//);
    const entry = JSON.parse(readFileSync(join(built.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Pagefind groups pages by their `lang`, so Lättläst pages count as Swedish.
    const indexed = built.pages().filter((path) => {
      const document = built.page(path);
      return document.documentElement.getAttribute('lang') === built.sourceLang && document.querySelector('[data-pagefind-body]');
    }).length;
    expect(entry.languages[built.sourceLang]?.page_count).toBe(indexed);
    const linking = nonEmpty(built.pages(), 'page').filter((path) => [...built.page(path).querySelectorAll('a[href]')].some((a) => /\/admin\//.test(a.getAttribute('href')!)));
    expect(linking).toEqual([]);
  });

  it('carries its own Content-Security-Policy, and no inline script, style or handler', () => {
    expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(editorContentSecurityPolicy.join('; '));
    expect(page.querySelectorAll('script:not([src]), style, [style]')).toHaveLength(0);
    expect([...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')))).toEqual([]);
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(built.fileOf(editorPath));
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('has the pages’ policy for every path in _headers, and its own for /admin/ alone', () => {
    const file = readFileSync(join(built.outDir, '_headers'), 'utf8');
    const pagePolicy = built.page('/').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(headersFor(file, '/')['Content-Security-Policy']).toBe(`${pagePolicy}; frame-ancestors 'none'`);
    expect(headersFor(file, '/mal/x/')['Content-Security-Policy']).toBe(`${pagePolicy}; frame-ancestors 'none'`);
    expect(headersFor(file, editorPath)['Content-Security-Policy']).toBe(`${editorContentSecurityPolicy.join('; ')}; frame-ancestors 'none'`);
    expect(headersFor(file, editorPath)['X-Content-Type-Options']).toBe('nosniff');
    expect(pagePolicy).not.toMatch(/unsafe-inline|api\.github\.com/);
  });

  if (repository) {
    it('loads the editor, configured for the repository of the settings, and nothing else', () => {
      expect(page.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe(`${editorPath}config.json`);
      expect(page.querySelectorAll('script')).toHaveLength(1);
      expect(script && built.has(script)).toBe(true);
      const config = JSON.parse(readFileSync(join(built.outDir, 'admin/config.json'), 'utf8')) as { backend: { repo: string; branch: string }; collections: { name?: string; folder?: string }[] };
      expect(config.backend).toMatchObject({ repo: repoOf(repository.url), branch: repository.branch });
      const folders = config.collections.filter((c) => sourceCollections.includes(c.name as never)).map((c) => c.folder);
      expect(folders).toHaveLength(sourceCollections.length);
      // Folders as the repository names them: the content folder the site was built from.
      expect(folders.every((folder) => join(projectRoot, folder!).startsWith(`${built.contentDir}/`))).toBe(true);
    });

    it('serves the bundle of its npm package, made once and kept, with every file it loads', () => {
      // One bundle for the installed versions (integrations/editor-build.ts), copied whole.
      const cache = join(projectRoot, 'node_modules/.cache/malbild-editor');
      const bundles = readdirSync(cache).filter((name) => !name.startsWith('making-'));
      expect(bundles).toHaveLength(1);
      const bundle = join(cache, bundles[0]!);
      const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((file) => /\.[a-z0-9]+$/.test(file));
      expect(files).toContain('editor.js');
      expect(script).toBe(`${editorPath}editor.js`);
      const differing = files.filter((file) => !readFileSync(join(bundle, file)).equals(readFileSync(join(built.outDir, 'admin', file))));
      expect(differing).toEqual([]);
      // Nothing in it asks another host before sign-in: no CDN fonts, and the status check answered inside.
      const code = readFileSync(join(bundle, 'editor.js'), 'utf8');
      expect(code).not.toMatch(/cdn\.jsdelivr\.net|githubstatus\.com\/api/);
      expect(code).toContain(statusUnknown);
    });

    it('is loaded by no page of the site', () => {
      const scripts = new Set(built.pages().flatMap((path) => [...built.page(path).querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!.split('?')[0]!)));
      expect(scripts.has(script!)).toBe(false);
      const sources = [...scripts].filter((src) => built.has(src)).map((src) => readFileSync(built.fileOf(src), 'utf8'));
      expect(sources.filter((source) => /sveltia|EditorApp/i.test(source))).toEqual([]);
    });
  } else {
    it('says plainly, in Swedish, that it has no repository to save in, and starts no editor', () => {
      expect(text(page.querySelector('h1'))).toBe('Redigeraren är inte igång');
      expect(text(page.querySelector('main'))).toContain('vet inte i vilket arkiv på GitHub innehållet finns');
      expect(text(page.querySelector('main'))).toContain(built.settings.file);
      expect(page.querySelectorAll('script, link[rel="cms-config-url"]')).toHaveLength(0);
      expect(existsSync(join(built.outDir, 'admin/config.json'))).toBe(false);
    });
  }
});
