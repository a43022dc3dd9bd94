/**
 * .docx -> SourceText through mammoth. One line per Word paragraph (a table row is one line),
 * so line numbers in the output are paragraph numbers. Imported lazily by load/index.ts.
 */
import mammoth from 'mammoth';
import type { Loaded } from './index.js';
import { docxLines, type DocxElement } from './docx-lines.js';

export async function loadDocx(path: string, bytes: Uint8Array): Promise<Loaded> {
  let tree: DocxElement | undefined;
  try {
    // mammoth's document transform hands us its parsed tree (paragraphs in order with style
    // names and list levels, tables with spans). We keep it and give mammoth an empty body back,
    // so no HTML is built for nothing.
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxElement) => {
          tree = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    return unreadable(path, reason(error));
  }
  if (!tree) return unreadable(path, 'no document body');
  const { lines, hints } = docxLines(tree);
  return { ok: true, source: { path, lines, hints, encoding: 'utf-8', format: 'docx', lineUnit: 'paragraph' } };
}

function unreadable(path: string, why: string): Loaded {
  return { ok: false, error: { code: 'docxUnreadable', args: { path, reason: why }, severity: 'error' } };
}

/** mammoth and JSZip explain themselves in one sentence; keep only that. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}
