import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progress, PROGRESS_MIN_FILES } from '../../src/commands/progress.js';
import { runCli } from '../helpers/cli.js';

function folder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-progress-'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), `某局2025年工作总结\n一、主要工作\n完成任务${i}项。\n`);
  return dir;
}

describe('progress bar', () => {
  it('draws on a terminal for a long batch, counting every file, then erases itself', async () => {
    const dir = folder(PROGRESS_MIN_FILES + 2);
    const run = await runCli([dir], { stderrTTY: true });
    const frames = run.stderr.split('\r').filter(Boolean);
    expect(frames[0]).toMatch(/^reportlint \[#*\.*\] 1\/12$/);
    expect(frames).toContain(`reportlint [${'#'.repeat(24)}] 12/12`);
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(run.stdout).not.toContain('reportlint [');
  });

  it('prints nothing extra when stderr is not a terminal (CI logs)', async () => {
    const run = await runCli([folder(PROGRESS_MIN_FILES + 2)]);
    expect(run.stderr).toBe('');
  });

  it('prints nothing for a short batch even on a terminal', async () => {
    const run = await runCli([folder(3)], { stderrTTY: true });
    expect(run.stderr).toBe('');
  });

  it('fills in proportion', () => {
    let out = '';
    const bar = progress((t) => (out += t), 40, true);
    bar.onFile!(10, 40);
    expect(out).toBe(`\rreportlint [${'#'.repeat(6)}${'.'.repeat(18)}] 10/40`);
  });
});
