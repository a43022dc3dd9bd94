#!/usr/bin/env node
// Thin shim: all logic is in dist/cli.js, which returns the exit code instead of exiting.
import { main } from '../dist/cli.js';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stderrTTY: Boolean(process.stderr.isTTY),
  });
} catch (error) {
  process.stderr.write(`reportlint: internal error, please report it: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
