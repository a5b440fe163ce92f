/*
 * Where a build spends its time, from the V8 CPU profile that `node --cpu-prof` writes
 * (`npm run bench -- --cpu-prof`): self time by function and by file or package.
 *
 * Runs on Node's type stripping: erasable TypeScript only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileCost {
  name: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  functions: ProfileCost[];
  files: ProfileCost[];
}

/** A frame's file, shortened: `astro/dist/…` for packages, `src/…` for the project. */
function shortFile(url: string, root: string): string {
  if (!url) return '(native or idle)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + '/node_modules/'.length);
  return path.startsWith(root) ? path.slice(root.length) : path;
}

/** The package a file belongs to, or the project folder (`src/`, the build's own chunks). */
function groupOf(file: string): string {
  if (file.startsWith('(')) return file;
  if (!file.startsWith('/') && !file.startsWith('src/') && !file.startsWith('node:')) {
    const parts = file.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith('node:')) return 'node (built-in modules)';
  if (file.includes('/.prerender/') || file.includes('/chunks/') || file.includes('/pages/')) return 'the site (compiled src/)';
  return file.split('/').slice(0, 2).join('/');
}

export function summarizeProfile(file: string, projectRoot: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map<string, number>();
  const selfByGroup = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    totalUs += delta;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const where = shortFile(frame.url, projectRoot);
    const key = `${frame.functionName || '(anonymous)'} — ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
    const group = frame.url ? groupOf(where) : `(${frame.functionName})`;
    selfByGroup.set(group, (selfByGroup.get(group) ?? 0) + delta);
  });
  const ranked = (costs: Map<string, number>) =>
    [...costs.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: totalUs > 0 ? us / totalUs : 0 }));
  return { file, totalMs: totalUs / 1000, functions: ranked(selfByFunction), files: ranked(selfByGroup) };
}

/** The profiles `node --cpu-prof --cpu-prof-dir=<dir>` wrote (one per process or worker). */
export function profilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}
