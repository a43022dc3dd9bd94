/** The config's `similar:` block reaches the pass; a bad value is a config error (exit 2). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const copy = join(import.meta.dirname, '../fixtures/similar/copy');
const dirs: string[] = [];
function withConfig(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-similar-'));
  dirs.push(dir);
  writeFileSync(join(dir, '.reportlintrc.yaml'), yaml);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('similar: in the config', () => {
  it('sets the severity (error fails the run) and the threshold, which --similar-threshold overrides', async () => {
    const cwd = withConfig('similar:\n  severity: error\n  threshold: 0.99\n');
    const strict = await runJson([copy], { cwd });
    expect(strict.json.files[0]!.reports[0]).toMatchObject({ similar: [] });
    const loose = await runJson([copy, '--similar-threshold', '0.5'], { cwd });
    expect(loose.code).toBe(1);
    const similar = (loose.json.files[0]!.reports[0] as unknown as { similar: { severity: string }[] }).similar;
    expect(similar[0]!.severity).toBe('error');
  });

  it('rejects an out-of-range threshold with exit 2, naming the config file', async () => {
    const cwd = withConfig('similar:\n  threshold: 2\n');
    const run = await runCli([copy], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.reportlintrc.yaml');
  });
});
