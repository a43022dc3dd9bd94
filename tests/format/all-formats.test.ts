/** The same report fixtures through every format via the CLI: each says the same thing about the same reports. */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { runCli, runJson } from '../helpers/cli.js';
import { FORMATS, REPORTS } from './input.js';

describe('every format on the report fixtures', () => {
  it('registers every format', () => {
    for (const name of Object.keys(FORMATS)) expect(FORMAT_NAMES).toContain(name);
  });

  for (const name of Object.keys(FORMATS)) {
    it(`${name}: same exit code as json, names every file and every report`, async () => {
      const reference = await runJson([REPORTS]);
      const run = await runCli([REPORTS, '-f', name]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(reference.code);
      const titles = reference.json.files.flatMap((f) => f.reports.map((r) => r.title));
      expect(titles.length).toBeGreaterThanOrEqual(3);
      const failed = reference.json.files.flatMap((f) => f.reports.filter((r) => r.passed === false));
      expect(failed.length).toBeGreaterThanOrEqual(1);
      // SARIF and GitHub name files with percent-escapes; the rest as given.
      const plain = name === 'sarif' ? decodeURIComponent(run.stdout.replace(/%(?![0-9A-F]{2})/g, '%25')) : name === 'github' ? run.stdout.replace(/%2C/g, ',').replace(/%25/g, '%') : run.stdout;
      // SARIF and GitHub only name files that have something to say.
      const named = name === 'sarif' || name === 'github' ? reference.json.files.filter((f) => f.reports.some((r) => r.messages.length || r.passed === false)) : reference.json.files;
      expect(named.length).toBeGreaterThan(0);
      for (const f of named) expect(plain).toContain(f.path.split('/').at(-1)!);
      if (name !== 'sarif' && name !== 'github') for (const t of titles) expect(run.stdout).toContain(t.replace(/"/g, name === 'csv' ? '""' : '"'));
    });
  }
});
