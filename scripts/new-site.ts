/*
 * npm run new-site -- --name "Lillsjö kommun" [--code 1234] [--languages sv,en] [--all-levels] [--to content]
 *
 * Writes the content of a new municipality's site: its settings and one entry of each level it
 * uses, ready to build. Every entry is marked as an example (`illustrative: true`) and says so
 * on the site until a communicator replaces it with the municipality's own text. The folder
 * must not exist yet, so nothing anyone wrote is overwritten.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { builtInLanguages, type BuiltInLanguage } from '../src/i18n/built-in.ts';
import { sourceLanguage } from '../src/lib/settings.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { name?: string; code?: string; languages?: string; 'all-levels'?: boolean; to?: string };
try {
  ({ values } = parseArgs({
    options: {
      name: { type: 'string' },
      code: { type: 'string' },
      languages: { type: 'string' },
      'all-levels': { type: 'boolean' },
      to: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run new-site -- --name "Lillsjö kommun" [--code 1234] [--languages sv,en] [--all-levels] [--to content]`);
}

const name = values.name?.trim() || fail('Give the municipality’s name: npm run new-site -- --name "Lillsjö kommun"');
const target = values.to ?? 'content';
if (existsSync(target) && readdirSync(target).length > 0) {
  fail(`${target}/ already holds content. Move it aside first (for example \`mv ${target} ${target}-old\`), or write the new site elsewhere with --to <folder>.`);
}
const codes = (values.languages ?? sourceLanguage).split(',').map((code) => code.trim()).filter(Boolean);
if (codes[0] !== sourceLanguage) fail(`--languages must start with ${sourceLanguage}: the content is written in Swedish and translated from it.`);
const isBuiltIn = (code: string): code is BuiltInLanguage => code in builtInLanguages;
const unknown = codes.filter((code) => !isBuiltIn(code));
if (unknown.length > 0) {
  fail(`No interface text comes with Målbild for ${unknown.map((c) => `"${c}"`).join(', ')}. Start with ${Object.keys(builtInLanguages).join(', ')}, then add the language with \`npm run new-language -- <code>\`.`);
}
if (values.code !== undefined && !/^\d{4}$/.test(values.code)) fail(`--code: found "${values.code}", expected the four-digit municipality code, such as 2518.`);

const files = new Map<string, string>();
const entry = (file: string, fields: Record<string, unknown>, body: string) => files.set(file, `---\n${stringify(fields).trimEnd()}\n---\n\n${body.trim()}\n`);

files.set(
  'settings.yml',
  `# ${name}: the site's settings. docs/settings.md explains every field.\n${stringify({
    municipality: { name: { [sourceLanguage]: name }, ...(values.code ? { code: values.code } : {}) },
    languages: codes.filter(isBuiltIn).map((code) => ({ code, name: builtInLanguages[code].name, locales: [...builtInLanguages[code].locales] })),
  })}`,
);
entry('pages/index.md', { title: 'Mål och styrning', illustrative: true }, `## Vision\n\nHär står kommunens vision, med kommunens egna ord.`);
entry(
  'pages/malstyrningsprocess.md',
  { title: 'Så styrs kommunen', menu: 1, illustrative: true },
  `Kommunfullmäktige har fastställt {antal målområden}:\n\n{lista målområden}\n\nUnder dem finns totalt {antal mål}.`,
);
entry('goal-areas/forsta-malomradet.md', { order: 1, title: 'Det första målområdet', illustrative: true }, 'Vad målområdet handlar om.');
entry('goals/forsta-malet.md', { area: 'forsta-malomradet', order: 1, title: 'Det första målet', illustrative: true }, 'Vad kommunen vill uppnå.');
if (values['all-levels']) {
  entry('organisations/kommunstyrelsen.md', { kind: 'board', title: 'Kommunstyrelsen', illustrative: true }, '');
  entry('organisations/kommunledningsforvaltningen.md', { kind: 'administration', title: 'Kommunledningsförvaltningen', board: 'kommunstyrelsen', illustrative: true }, '');
  const year = new Date().getFullYear();
  entry('development-areas/forsta-utvecklingsomradet.md', { title: 'Det första utvecklingsområdet', goals: ['forsta-malet'], board: 'kommunstyrelsen', period: { from: year, to: year + 2 }, illustrative: true }, 'Vad nämnden prioriterar.');
  entry(
    'activities/forsta-aktiviteten.md',
    { title: 'Den första aktiviteten', developmentArea: 'forsta-utvecklingsomradet', administration: 'kommunledningsforvaltningen', status: 'planned', period: { from: year, to: year }, order: 1, illustrative: true },
    'Vad förvaltningen ska göra.',
  );
  entry(
    'indicators/forsta-mattet.md',
    { title: 'Det första måttet', unit: 'percent', direction: 'higher', baseline: { year, value: 50 }, target: { year: year + 3, value: 75 }, source: 'Exempelvärden', goals: ['forsta-malet'], illustrative: true },
    'Vad måttet mäter.',
  );
}

for (const [file, text] of files) {
  mkdirSync(join(target, file, '..'), { recursive: true });
  writeFileSync(join(target, file), text);
}
console.log(`Wrote ${files.size} files for ${name} in ${target}/. Build with \`npm run build\`; every entry is marked as an example until you replace its text.`);
