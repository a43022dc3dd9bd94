/**
 * Which modules a reportlint run loads: every ES module and every CommonJS file reached by an import
 * (not the files those require), listed by a module hook registered before the run starts. Used by
 * `npm run bench` (start-up) and tests/perf/start.test.ts (a plain check loads neither yargs nor the subcommands).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.REPORTLINT_MODULE_LIST, url + '\\n');
  return next(url, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

/** The file URLs of the modules `node <args>` loads (the entry point included), in load order, whatever its exit code. */
export function loadedModules(args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-modules-'));
  const list = join(dir, 'list');
  try {
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args], {
      cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, REPORTLINT_MODULE_LIST: list },
    });
    if (!existsSync(list)) throw new Error(`node ${args.join(' ')} exited ${run.status} without loading a module: ${run.stderr.slice(-400)}`);
    return [...new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
