import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('cli basics', () => {
  it('prints help with examples and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--rule-set');
    expect(run.stdout).toContain('Exit codes');
  });

  it('exits 2 with a message when no path is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no input/);
  });

  it('exits 2 for an unknown format', async () => {
    const run = await runCli(['x.txt', '--format', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format/);
  });
});
