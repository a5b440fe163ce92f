import { spawn } from 'node:child_process';
import { projectRoot } from './astro-build.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's commands (scripts/<name>.ts) as npm would, and collects its output:
 * the one way the tests run a command. `env` adds to the tests' environment; a variable set to
 * undefined is taken out of it. Asynchronous, so that a stand-in server in the test process
 * keeps answering; killed after a minute.
 */
export function runScript(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<ScriptRun> {
  const childEnv: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', `scripts/${script}.ts`, ...args], {
      cwd: projectRoot,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
