/**
 * Special files are read only as regular files (issue 18, "What broke" 4 and 10): a rule set, a
 * config, an `extends:` target, the cache or an input that is a FIFO or a device is refused at once
 * (a FIFO never blocks, /dev/zero is never read), a rule set or config over its limit is refused
 * naming the limit, and a file that is no rule set is not quoted in the error.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { canFifo, caseFolders, fifo, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

const setup = caseFolders(dir);

describe('rule sets and configs are read only as regular files', () => {
  it('--rules /dev/zero and --config /dev/zero: "not a regular file", exit 2, at once', async () => {
    const { input } = setup();
    for (const flag of ['--rules', '--config']) {
      const run = await runCli([input, flag, '/dev/zero']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\/dev\/zero:1:1: cannot read (rule set|config): not a regular file/);
    }
  });

  it('`rules:` in a config and `extends:` in a rule set naming /dev/zero are refused the same way', async () => {
    const { d, input } = setup();
    writeFileSync(join(d, 'cfg.yaml'), 'rules:\n  - /dev/zero\n');
    const viaConfig = await runCli([input, '--config', join(d, 'cfg.yaml')]);
    expect(viaConfig.code).toBe(2);
    expect(viaConfig.stderr).toMatch(/not a regular file/);
    writeFileSync(join(d, 'child.yaml'), 'id: child\nextends: /dev/zero\n');
    const viaExtends = await runCli([input, '--rules', join(d, 'child.yaml')]);
    expect(viaExtends.code).toBe(2);
    expect(viaExtends.stderr).toMatch(/child\.yaml:2:\d+: extends "\/dev\/zero": cannot read .*not a regular file/);
  });

  it.skipIf(!canFifo)('a FIFO as --rules, --config or extends target never blocks', async () => {
    const { d, input } = setup();
    const pipe = fifo(join(d, 'rules.yaml'));
    writeFileSync(join(d, 'child.yaml'), `id: child\nextends: ${pipe}\n`);
    for (const args of [['--rules', pipe], ['--config', pipe], ['--rules', join(d, 'child.yaml')]]) {
      const run = await runCli([input, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
    }
  });

  it('a rule set or config over 4 MB is refused, naming the limit', async () => {
    const { d, input } = setup();
    const big = join(d, 'big.yaml');
    writeFileSync(big, `id: big\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    for (const flag of ['--rules', '--config']) {
      const run = await runCli([input, flag, big]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/larger than the limit of 4 MB/);
    }
  });

  it('a file that is no rule set (a password file) is named, never quoted', async () => {
    const { d, input } = setup();
    const secret = join(d, 'shadow');
    writeFileSync(secret, 'root:$6$S3cretSalt$H4shH4sh:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n');
    for (const flag of ['--rules', '--config']) {
      const run = await runCli([input, flag, secret]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a (rule set|reportlint config).*is this the right file\?/);
      expect(run.stderr).not.toMatch(/S3cret|root|daemon/);
    }
  });

  it('a misspelt key in a real config still gets its did-you-mean, not "not a config"', async () => {
    const { d, input } = setup();
    writeFileSync(join(d, 'cfg.yaml'), 'minScor: 80\n');
    const run = await runCli([input, '--config', join(d, 'cfg.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/minScore/);
  });
});

describe('with --cache, inputs are stat-checked before the cache reads them', () => {
  it.skipIf(!canFifo)('a FIFO and a link to /dev/zero among the inputs: each a file error, the good file checked', async () => {
    const { d } = setup();
    fifo(join(d, 'pipe.txt'));
    symlinkSync('/dev/zero', join(d, 'zero.txt'));
    const run = await runJson([join(d, 'input.txt'), join(d, 'pipe.txt'), join(d, 'zero.txt'), '--cache', '--cache-location', join(d, 'cache')]);
    expect(run.code).toBe(2);
    const byName = Object.fromEntries(run.json.files.map((f) => [f.path.split('/').pop(), f]));
    expect(byName['input.txt']!.reports[0]!.passed).toBe(true);
    expect(byName['pipe.txt']!.errors[0]!.message).toMatch(/不是普通文件/);
    expect(byName['zero.txt']!.errors[0]!.message).toMatch(/不是普通文件/);
  });
});
