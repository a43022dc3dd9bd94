/** How a file's text reaches a writer: whole, or report by report when it is big (engine/stream.ts, format/stream.ts). */
import type { FileResult, FormatWriter } from '../types.js';

/** Above this many reports a file is written in pieces (FormatWriter.pieces), when its format has them. */
const PIECES_ABOVE = 1_000;

/** One file's text handed to `write`, in pieces when it is big and the format can: never more than one string can hold. */
export function writeFile(writer: FormatWriter, file: FileResult, write: (text: string) => void): void {
  if (writer.pieces && file.reports.length > PIECES_ABOVE) for (const piece of writer.pieces(file)) write(piece);
  else write(writer.file(file));
}

