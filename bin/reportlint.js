#!/usr/bin/env node
// Thin shim: all logic is in dist/cli.js, which returns the exit code instead of exiting.

// Ctrl-C (or a CI runner's SIGTERM) stops a batch at once with the shell's code (128 + signal).
// Output files are written via a temp file and rename, so none is left half-written. While the main
// thread is busy checking or comparing, the system's default action ends the process (dist/signals.js).
const handlers = {};
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  handlers[signal] = () => {
    process.stderr.write(`\nreportlint: interrupted (${signal})\n`);
    process.exit(code);
  };
  process.on(signal, handlers[signal]);
}
// A reader that stops early (`reportlint … | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// Imported after the handlers above, so Ctrl-C during start-up is handled the same way.
let built;
try {
  built = await Promise.all([import('../dist/cli.js'), import('../dist/load/index.js'), import('../dist/io/color.js'), import('../dist/signals.js')]);
} catch (error) {
  // A clone or a git install without a build: say what to do instead of a stack trace.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/')) throw error;
  process.stderr.write('reportlint: dist/ is missing or incomplete: run `npm run build` in the package folder (npm install runs it through "prepare")\n');
  process.exit(2);
}
const [{ main }, { MAX_INPUT_BYTES }, { wantsColor }, { installSignalHandlers }] = built;
// Handed over still listening: taking them off and on again dropped a signal that had come meanwhile.
installSignalHandlers(handlers);

const readStdin = async () => {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) break; // enough to say "too large" without holding an endless stream
  }
  return Buffer.concat(chunks);
};

// `reportlint - < a.txt -o a.txt`: the file behind standard input is an input too.
let stdinFile;
try {
  const info = (await import('node:fs')).fstatSync(0);
  if (info.isFile()) stdinFile = { dev: info.dev, ino: info.ino };
} catch {
  // no standard input (closed): nothing to protect
}

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    stderrTTY: Boolean(process.stderr.isTTY),
    locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
    ...(stdinFile ? { stdinFile } : {}),
  });
} catch (error) {
  process.stderr.write(`reportlint: internal error, please report it: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
