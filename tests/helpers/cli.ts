/** Runs the CLI in-process with captured output, as markdownlint-cli2's tests do. */
import { main } from '../../src/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string; stderrTTY?: boolean; locale?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    cwd: options.cwd ?? process.cwd(),
    color: false,
    stderrTTY: options.stderrTTY ?? false,
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  });
  return { code, stdout, stderr };
}

/** Parses `--format json` output. */
export async function runJson(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}) {
  const run = await runCli([...argv, '--format', 'json'], options);
  return { ...run, json: JSON.parse(run.stdout) as JsonOutput };
}

export interface JsonOutput {
  version: number;
  files: {
    path: string;
    errors: { code: string; severity: string; line: number | null; message: string }[];
    reports: {
      title: string;
      startLine: number;
      endLine: number;
      ruleSet: string | null;
      routing: { ruleSet: string | null; by: string; evidence: string };
      score: number | null;
      passed: boolean | null;
      sections: { id: string; name: string; status: string; line: number | null; weak: boolean }[];
      messages: { ruleId: string; code: string; severity: string; line: number; column: number; message: string }[];
    }[];
  }[];
}
