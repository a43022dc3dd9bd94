/** The whole-results form of a streaming formatter: the same text, written in one go. */
import type { FileResult, FormatContext, Formatter, StreamFormat } from '../types.js';
import { addTally, emptyTally, tallyOf } from '../engine/tally.js';
import { writeFile } from '../engine/write-file.js';

export function collected(stream: StreamFormat): Formatter {
  return (results, ctx) => {
    const writer = stream.open(ctx);
    const tally = emptyTally();
    let out = writer.head;
    for (const [i, file] of results.entries()) {
      out += (i ? (writer.between ?? '') : '') + writer.file(file);
      addTally(tally, tallyOf(file));
    }
    return out + writer.end(tally);
  };
}

/** What collected(stream) returns, handed to `write` piece by piece instead of joined into one string. */
export function writeCollected(stream: StreamFormat, results: readonly FileResult[], ctx: FormatContext, write: (text: string) => void): void {
  const writer = stream.open(ctx);
  const tally = emptyTally();
  write(writer.head);
  for (const [i, file] of results.entries()) {
    if (i && writer.between) write(writer.between);
    writeFile(writer, file, write);
    addTally(tally, tallyOf(file));
  }
  write(writer.end(tally));
}

/** Gathers small texts into pieces of about 64 KB before `write`: a system call per report would be slow. */
export function gathered(write: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size > 65_536) flush();
    },
    flush,
  };
}
