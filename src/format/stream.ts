/** The whole-results form of a streaming formatter: the same text, written in one go. */
import type { Formatter, StreamFormat } from '../types.js';
import { addTally, emptyTally, tallyOf } from '../engine/tally.js';

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
