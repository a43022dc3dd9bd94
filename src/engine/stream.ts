/**
 * A streamed check: when the similarity pass is off and the format can stream, each file's text is
 * written as soon as every file before it (in path order) is done, and its result is let go. Memory
 * then stays flat however many reports a run holds; the output is the same text a whole-results run
 * writes. When the format writes each file on its own, the workers write it (batch.ts `write`).
 */
import { byPath, checkEach, type BatchOptions } from './batch.js';
import { addTally, emptyTally, tallyOf } from './tally.js';
import type { Outcome } from './pool/index.js';
import type { FileResult, FormatContext, FormatWriter, StreamFormat, Tally } from '../types.js';
import { soften } from './skipped.js';
import { writeFile } from './write-file.js';

export interface Output {
  write(bytes: Uint8Array): void;
  /** The output is complete (an output file is renamed into place). */
  commit(): void;
  /** The run failed: an output file is not left half written. */
  abort(): void;
}

export interface StreamRun {
  readonly files: readonly string[];
  /** Results already known (paths that do not exist), placed among the files by path. */
  readonly premade: readonly FileResult[];
  /** `module`: the format's module URL, for workers that write files themselves. */
  readonly format: { readonly name: string; readonly module: string; readonly stream: StreamFormat };
  readonly ctx: FormatContext;
  readonly batch: BatchOptions;
  /** Paths named on the command line (skipped.ts). */
  readonly named: readonly string[];
  readonly output: Output;
}

type Slot = { readonly path: string; readonly file: string } | { readonly path: string; readonly result: FileResult };

/** Checks and writes the run; returns its figures (the exit code among them). */
export async function streamCheck(run: StreamRun): Promise<Tally> {
  const slots: Slot[] = [
    ...run.files.map((file) => ({ path: file === '-' ? '<stdin>' : file, file })),
    ...run.premade.map((result) => ({ path: result.path, result })),
  ].sort(byPath);
  /** The files to check, in slot order, each with its slot. */
  const toCheck = slots.flatMap((s, slot) => ('file' in s ? [{ slot, file: s.file }] : []));
  const named = new Set(run.named);
  const writer = run.format.stream.open(run.ctx);
  const tally = emptyTally();
  const done = new Map<number, Outcome>();
  let next = 0;
  const buffer = bufferedOutput(run.output);
  const flush = () => {
    for (let outcome = done.get(next); outcome; outcome = done.get(next)) {
      done.delete(next);
      if (next && writer.between) buffer.write(writer.between);
      if ('bytes' in outcome) {
        buffer.write(outcome.bytes);
        addTally(tally, outcome.tally);
      } else {
        // In pieces for a file of many reports: its text may not fit in one string.
        const shown = soften(outcome.result, named);
        writeFile(writer, shown, (text) => buffer.write(text));
        addTally(tally, tallyOf(shown));
      }
      next++;
    }
  };
  try {
    buffer.write(writer.head);
    for (const [i, slot] of slots.entries()) if ('result' in slot) done.set(i, { result: slot.result });
    flush();
    const { ctx } = run;
    const { ruleSets: _, ...plain } = ctx;
    const write = run.format.stream.perFile ? { format: run.format.name, module: run.format.module, ctx: plain, named: run.named } : undefined;
    await checkEach(toCheck.map((c) => c.file), { ...run.batch, ...(write ? { write } : {}) }, (k, outcome) => {
      done.set(toCheck[k]!.slot, outcome);
      flush();
    });
    buffer.write(writer.end(tally));
    buffer.flush();
    run.output.commit();
  } catch (error) {
    run.output.abort();
    throw error;
  }
  return tally;
}

/**
 * One file as a streamed run writes it: softened as skipped.ts says, then its text and its share
 * of the run's figures. The workers and the main thread both write files through this.
 */
export function writeOne(writer: FormatWriter, result: FileResult, named: ReadonlySet<string>): { text: string; tally: Tally } {
  const shown = soften(result, named);
  return { text: writer.file(shown), tally: tallyOf(shown) };
}

/**
 * Gathers small writes into pieces of about 64 KB (a write per file would be a system call per
 * file). Each piece is a new buffer: an asynchronous stdout (a pipe on macOS) may still hold the last.
 */
function bufferedOutput(output: Output) {
  const SIZE = 65_536;
  let piece = Buffer.allocUnsafe(SIZE);
  let used = 0;
  const flush = () => {
    if (!used) return;
    output.write(piece.subarray(0, used));
    piece = Buffer.allocUnsafe(SIZE);
    used = 0;
  };
  return {
    write(data: string | Uint8Array) {
      const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      if (used + size > SIZE) flush();
      if (size > SIZE) output.write(typeof data === 'string' ? Buffer.from(data) : data);
      else if (typeof data === 'string') used += piece.write(data, used);
      else {
        piece.set(data, used);
        used += size;
      }
    },
    flush,
  };
}
