/**
 * The repository automation in .github/: the CI and Pages workflows and Dependabot's settings.
 * Every file is parsed as YAML and checked by its structure (jobs, steps, permissions), not by
 * searching its text. Versions are not fixed here (Dependabot bumps them); their form is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings.ts';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const workflowsDir = join(root, '.github', 'workflows');

/** The official actions the workflows may use. */
const allowedActions = new Set([
  'actions/checkout',
  'actions/setup-node',
  'actions/upload-artifact',
  'actions/configure-pages',
  'actions/upload-pages-artifact',
  'actions/deploy-pages',
]);

type Step = {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
type Job = {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  environment?: string | { name?: string; url?: string };
  steps?: Step[];
  uses?: string;
};
type Workflow = {
  name?: string;
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, Job>;
};

/** A `uses:` value with the comment that follows it on its line. */
type UsesRef = { file: string; value: string; comment: string | undefined };

function parseYaml(path: string) {
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
  return { doc, errors: [...doc.errors, ...doc.warnings].map(String) };
}

function loadWorkflow(name: string): Workflow {
  const { doc, errors } = parseYaml(join(workflowsDir, name));
  expect(errors, `${name} is valid YAML`).toEqual([]);
  return doc.toJS() as Workflow;
}

function workflowFiles(): string[] {
  return readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

function usesRefs(file: string): UsesRef[] {
  const { doc } = parseYaml(join(workflowsDir, file));
  const refs: UsesRef[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
        refs.push({ file, value: String(pair.value.value), comment: pair.value.comment?.trim() });
      }
    },
  });
  return refs;
}

const fullSha = /^[0-9a-f]{40}$/;
const exactTag = /^v\d+\.\d+\.\d+$/;

/** What is wrong with a `uses:` reference, or undefined when it is an exact pin of an allowed action. */
function pinProblem(value: string, comment: string | undefined): string | undefined {
  const at = value.lastIndexOf('@');
  if (at < 0) return `${value}: no version`;
  const action = value.slice(0, at).split('/').slice(0, 2).join('/');
  const ref = value.slice(at + 1);
  if (!allowedActions.has(action)) return `${value}: ${action} is not one of the expected official actions`;
  if (fullSha.test(ref)) {
    if (!comment || !exactTag.test(comment)) return `${value}: a SHA pin needs its exact release tag as comment (# vX.Y.Z), found ${JSON.stringify(comment)}`;
    return undefined;
  }
  if (exactTag.test(ref)) return undefined;
  return `${value}: "${ref}" is neither a full commit SHA nor an exact vX.Y.Z tag`;
}

function allSteps(workflow: Workflow): Array<Step & { job: string; index: number }> {
  return Object.entries(workflow.jobs).flatMap(([job, j]) => (j.steps ?? []).map((s, index) => ({ ...s, job, index })));
}

/** The shell commands a step runs, one per non-empty line. */
function commands(step: Step): string[] {
  return (step.run ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}

function actionOf(step: Step): string | undefined {
  return step.uses?.slice(0, step.uses.lastIndexOf('@'));
}

/** The first step that does something, and its position; fails the test when there is none. */
function findStep<S extends Step>(steps: S[], pred: (s: Step) => boolean, what: string): { at: number; step: S } {
  const at = steps.findIndex(pred);
  const step = steps[at];
  if (!step) throw new Error(`no step that ${what}`);
  return { at, step };
}

const runs = (command: string) => (s: Step) => commands(s).includes(command);
const usesAction = (action: string) => (s: Step) => actionOf(s) === action;

function triggers(workflow: Workflow): Record<string, unknown> {
  const on = workflow.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((t) => [t, null]));
  return on;
}

function writes(permissions: Job['permissions']): string[] {
  if (permissions === undefined) return [];
  if (typeof permissions === 'string') return permissions === 'write-all' ? ['write-all'] : [];
  return Object.entries(permissions).filter(([, v]) => v === 'write').map(([k]) => k);
}

/** The command README.md gives for the whole test suite, from its "Two commands" block. */
function readmeTestCommand(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].map((m) => m[1]);
  const line = blocks
    .flatMap((b) => (b ?? '').split('\n'))
    .find((l) => /#.*\btest suite\b/i.test(l));
  expect(line, 'README.md names the command that runs the test suite').toBeDefined();
  return line!.slice(0, line!.indexOf('#')).trim();
}

/** Dependabot's group patterns: `*` matches any run of characters. */
function matchesPattern(name: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

type Group = { patterns?: string[]; 'exclude-patterns'?: string[]; 'dependency-type'?: 'development' | 'production' };

/** The group Dependabot puts a dependency in: the first whose rules it meets. */
function groupOf(groups: Record<string, Group>, name: string, type: 'development' | 'production'): string | undefined {
  return Object.entries(groups).find(([, g]) => {
    if (g['dependency-type'] && g['dependency-type'] !== type) return false;
    if (g.patterns && !g.patterns.some((p) => matchesPattern(name, p))) return false;
    if (g['exclude-patterns']?.some((p) => matchesPattern(name, p))) return false;
    return true;
  })?.[0];
}

describe('the pin check itself', () => {
  it('accepts a SHA with its exact tag, and an exact tag', () => {
    expect(pinProblem('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.1')).toBeUndefined();
    expect(pinProblem('actions/deploy-pages@v5.0.1', undefined)).toBeUndefined();
  });

  it('rejects moving majors, branches, short SHAs, missing tag comments and unknown actions', () => {
    expect(pinProblem('actions/checkout@v4', undefined)).toMatch(/neither/);
    expect(pinProblem('actions/checkout@main', undefined)).toMatch(/neither/);
    expect(pinProblem('actions/checkout@v4.2', undefined)).toMatch(/neither/);
    expect(pinProblem('actions/checkout@3d3c42e', undefined)).toMatch(/neither/);
    expect(pinProblem('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', undefined)).toMatch(/comment/);
    expect(pinProblem('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7')).toMatch(/comment/);
    expect(pinProblem('peaceiris/actions-gh-pages@v4.0.0', undefined)).toMatch(/not one of/);
    expect(pinProblem('actions/checkout', undefined)).toMatch(/no version/);
  });
});

describe('.github/workflows', () => {
  it('holds the CI and the Pages workflow, each valid YAML with triggers and jobs', () => {
    const files = workflowFiles();
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
    for (const file of files) {
      const wf = loadWorkflow(file);
      expect(isMap(parseYaml(join(workflowsDir, file)).doc.contents), `${file} is a mapping`).toBe(true);
      expect(wf.on, `${file} has triggers`).toBeTruthy();
      expect(Object.keys(wf.jobs ?? {}).length, `${file} has jobs`).toBeGreaterThan(0);
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.steps?.length ?? (job.uses ? 1 : 0), `${file} job ${name} does something`).toBeGreaterThan(0);
      }
    }
  });

  it('uses only the expected official actions, each pinned to an exact release', () => {
    const refs = workflowFiles().flatMap(usesRefs);
    expect(refs.length).toBeGreaterThan(0);
    const problems = refs.map((r) => pinProblem(r.value, r.comment)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('pins each action to the same release everywhere', () => {
    const byAction = new Map<string, Set<string>>();
    for (const r of workflowFiles().flatMap(usesRefs)) {
      const action = r.value.slice(0, r.value.lastIndexOf('@'));
      byAction.set(action, (byAction.get(action) ?? new Set()).add(`${r.value} # ${r.comment ?? ''}`));
    }
    for (const [action, pins] of byAction) expect([...pins], action).toHaveLength(1);
  });
});

describe('CI workflow', () => {
  const ci = loadWorkflow('ci.yml');
  const steps = allSteps(ci);

  it('runs on every pull request and on pushes to main', () => {
    const on = triggers(ci);
    expect(on).toHaveProperty('pull_request');
    expect(on).toHaveProperty('push');
    const push = on.push as { branches?: string[] } | null;
    expect(push?.branches).toContain('main');
  });

  it('may only read the repository', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(ci.jobs)) expect(writes(job.permissions), name).toEqual([]);
  });

  it('runs one check per ref, cancelling superseded pull-request runs only', () => {
    expect(ci.concurrency?.group).toContain('github.ref');
    const cancel = ci.concurrency?.['cancel-in-progress'];
    expect(typeof cancel).toBe('string');
    expect(String(cancel).replace(/\s+/g, '')).toMatch(/github\.event_name=='pull_request'/);
  });

  it('checks out and sets up the Node version named in .nvmrc, caching npm', () => {
    expect(existsSync(join(root, '.nvmrc'))).toBe(true);
    const checkout = findStep(steps, usesAction('actions/checkout'), 'checks out');
    const setup = findStep(steps, usesAction('actions/setup-node'), 'sets up Node');
    expect(checkout.at).toBeLessThan(setup.at);
    expect(setup.step.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(setup.step.with).not.toHaveProperty('node-version');
  });

  it('installs with npm ci, then tests, then builds', () => {
    const install = findStep(steps, runs('npm ci'), 'runs npm ci');
    const test = findStep(steps, runs('npm test'), 'runs npm test');
    const build = findStep(steps, runs('npm run build'), 'runs npm run build');
    expect(install.at).toBeLessThan(test.at);
    expect(test.at).toBeLessThan(build.at);
    expect(new Set([install.step.job, test.step.job, build.step.job]).size).toBe(1);
  });

  it('runs the test command README.md gives', () => {
    const command = readmeTestCommand();
    expect(command).toBe('npm test');
    expect(steps.some(runs(command))).toBe(true);
  });

  it('gives the tests a browser and pdftotext', () => {
    const test = findStep(steps, runs('npm test'), 'runs npm test');
    expect(test.step.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    const poppler = findStep(
      steps,
      (s) => commands(s).some((c) => /^sudo apt-get install\b.*\bpoppler-utils\b/.test(c)),
      'installs poppler-utils',
    );
    expect(poppler.at).toBeLessThan(test.at);
    expect(poppler.step.job).toBe(test.step.job);
  });

  it('uploads the built dist/ as an artifact after building', () => {
    const build = findStep(steps, runs('npm run build'), 'runs npm run build');
    const upload = findStep(steps, usesAction('actions/upload-artifact'), 'uploads an artifact');
    expect(build.at).toBeLessThan(upload.at);
    expect(upload.step.job).toBe(build.step.job);
    expect(String(upload.step.with?.path).replace(/\/$/, '')).toBe('dist');
    expect(upload.step.with?.name).toBeTruthy();
  });
});

const ci = loadWorkflow('ci.yml');

describe('Pages workflow', () => {
  const deploy = loadWorkflow('deploy.yml');
  const steps = allSteps(deploy);

  it('runs only after CI has passed on main, and builds the commit CI tested', () => {
    const on = triggers(deploy);
    expect(Object.keys(on)).toEqual(['workflow_run']);
    expect(on.workflow_run).toMatchObject({ workflows: [ci.name], types: ['completed'], branches: ['main'] });
    const buildJob = Object.values(deploy.jobs).find((j) => (j.steps ?? []).some(runs('npm run build')))!;
    expect(String(buildJob.if)).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(String(buildJob.if)).toContain("github.event.workflow_run.event != 'pull_request'");
    const checkout = buildJob.steps!.find(usesAction('actions/checkout'))!;
    expect(String(checkout.with?.ref)).toBe('${{ github.event.workflow_run.head_sha }}');
    // Every job that publishes waits for that build job.
    for (const [name, job] of Object.entries(deploy.jobs)) if (job !== buildJob) expect([job.needs].flat(), name).toContain(Object.entries(deploy.jobs).find(([, j]) => j === buildJob)![0]);
  });

  it('can be started again by hand through CI, which runs the tests first', () => {
    expect(triggers(ci)).toHaveProperty('workflow_dispatch');
  });

  it('configures Pages, builds with its address and base path, and uploads dist/', () => {
    const configure = findStep(steps, usesAction('actions/configure-pages'), 'configures Pages');
    const id = configure.step.id;
    expect(id, 'the configure-pages step has an id its outputs are read by').toBeTruthy();
    const install = findStep(steps, runs('npm ci'), 'runs npm ci');
    const build = findStep(steps, runs('npm run build'), 'runs npm run build');
    const upload = findStep(steps, usesAction('actions/upload-pages-artifact'), 'uploads the Pages artifact');
    expect(configure.at).toBeLessThan(build.at);
    expect(install.at).toBeLessThan(build.at);
    expect(build.at).toBeLessThan(upload.at);
    expect(new Set([configure.step.job, install.step.job, build.step.job, upload.step.job]).size).toBe(1);
    expect(String(upload.step.with?.path).replace(/\/$/, '')).toBe('dist');

    const env = build.step.env ?? {};
    expect(String(env.MALBILD_BASE_PATH)).toContain(`steps.${id}.outputs.base_path`);
    expect(String(env.MALBILD_SITE_URL)).toContain(`steps.${id}.outputs.base_url`);

    const setup = findStep(steps, usesAction('actions/setup-node'), 'sets up Node');
    expect(setup.step.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  });

  it('passes the variables the site actually reads', () => {
    const read = loadSettings('content', { MALBILD_SITE_URL: 'https://owner.github.io/repo', MALBILD_BASE_PATH: '/repo/' }, root);
    expect(read.siteUrl).toBe('https://owner.github.io/repo/');
    expect(read.basePath).toBe('/repo/');
  });

  it('deploys in its own job, after the build, to the github-pages environment', () => {
    const deployJobs = Object.entries(deploy.jobs).filter(([, j]) => (j.steps ?? []).some(usesAction('actions/deploy-pages')));
    expect(deployJobs).toHaveLength(1);
    const [name, job] = deployJobs[0]!;
    const buildJob = findStep(steps, usesAction('actions/upload-pages-artifact'), 'uploads the Pages artifact').step.job;
    expect(name).not.toBe(buildJob);
    expect([job.needs].flat()).toContain(buildJob);

    const env = typeof job.environment === 'string' ? { name: job.environment } : job.environment;
    expect(env?.name).toBe('github-pages');
    const step = job.steps!.find(usesAction('actions/deploy-pages'))!;
    expect(step.id).toBeTruthy();
    expect(env?.url).toBe(`\${{ steps.${step.id}.outputs.page_url }}`);
  });

  it('grants pages: write and id-token: write to the deploy job only, and reading elsewhere', () => {
    const deployJob = Object.values(deploy.jobs).find((j) => (j.steps ?? []).some(usesAction('actions/deploy-pages')))!;
    expect(deployJob.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(writes(deploy.permissions)).toEqual([]);
    for (const [name, job] of Object.entries(deploy.jobs)) {
      if (job === deployJob) continue;
      expect(writes(job.permissions ?? deploy.permissions), name).toEqual([]);
      expect(job.permissions ?? deploy.permissions, `${name} may read the repository`).toMatchObject({ contents: 'read' });
    }
  });
});

describe('Dependabot', () => {
  const path = join(root, '.github', 'dependabot.yml');
  const { doc, errors } = parseYaml(path);
  type Update = { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, Group> };
  const config = doc.toJS() as { version: number; updates: Update[] };

  it('is valid YAML of version 2', () => {
    expect(errors).toEqual([]);
    expect(config.version).toBe(2);
  });

  it('updates npm and GitHub Actions weekly, from the repository root', () => {
    const ecosystems = config.updates.map((u) => u['package-ecosystem']);
    expect(ecosystems).toEqual(expect.arrayContaining(['npm', 'github-actions']));
    for (const u of config.updates) {
      expect(u.directory, u['package-ecosystem']).toBe('/');
      expect(u.schedule?.interval, u['package-ecosystem']).toBe('weekly');
    }
  });

  it("groups Astro's packages and satteri together, and the other dev dependencies together", () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    const groups = npm.groups ?? {};
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const isAstro = (name: string) => name === 'astro' || name.startsWith('@astrojs/');
    const deps = [
      ...Object.keys(pkg.dependencies).map((n) => [n, 'production'] as const),
      ...Object.keys(pkg.devDependencies).map((n) => [n, 'development'] as const),
    ];
    expect(deps.filter(([n]) => isAstro(n)).length).toBeGreaterThan(1);

    const astroGroups = new Set(deps.filter(([n]) => isAstro(n)).map(([n, t]) => groupOf(groups, n, t)));
    expect(astroGroups.size, 'all Astro packages in one group').toBe(1);
    const [astroGroup] = astroGroups;
    expect(astroGroup).toBeDefined();
    expect(groupOf(groups, '@astrojs/some-future-integration', 'production')).toBe(astroGroup);
    // The lint's Markdown parser must stay the copy Astro renders with, so it moves with Astro.
    expect(pkg.dependencies).toHaveProperty('satteri');
    expect(groupOf(groups, 'satteri', 'production'), 'satteri in the Astro group').toBe(astroGroup);

    const devGroups = new Set(
      deps.filter(([n, t]) => t === 'development' && !isAstro(n)).map(([n, t]) => groupOf(groups, n, t)),
    );
    expect(devGroups.size, 'the other dev dependencies in one group').toBe(1);
    const [devGroup] = devGroups;
    expect(devGroup).toBeDefined();
    expect(devGroup).not.toBe(astroGroup);
    expect(groupOf(groups, 'some-new-dev-tool', 'development')).toBe(devGroup);
  });
});
