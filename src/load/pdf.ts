/**
 * PDF with a text layer -> SourceText through pdfjs-dist (its legacy build, for Node), with the
 * CJK character maps it ships, so GBK/Adobe-GB1 encoded Chinese fonts read correctly offline.
 * Text items are put back in reading order by load/layout.ts; pages are kept as positions.
 * A PDF without text (a scan) is refused as such. Imported lazily by load/index.ts, and pdfjs
 * itself only when a PDF is met (it takes ~150 ms to load).
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { Loaded } from './index.js';
import { pagesToLines, type PlacedText } from './layout.js';
import type { Code, MessageArgs } from '../messages/types.js';

/** pdfjs's text item, the fields we read (pdfjs-dist/types/src/display/api.d.ts TextItem). */
interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function loadPdf(path: string, bytes: Uint8Array): Promise<Loaded> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes the buffer over (transfers it) and refuses a Node Buffer: give it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: PlacedText[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , top = 0] = page.view;
      const content = await page.getTextContent();
      pages.push((content.items as TextItem[]).filter((i) => 'str' in i && i.str.trim()).map((i) => placed(i, top)));
      page.cleanup();
    }
    const { lines, hints, pageStarts } = pagesToLines(pages);
    if (!lines.some((l) => l.trim())) return fail('pdfScanned', { path });
    return { ok: true, source: { path, lines, hints, pageStarts, encoding: 'utf-8', format: 'pdf', lineUnit: 'extractedLine' } };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return fail('pdfEncrypted', { path });
    const message = error instanceof Error ? error.message : String(error);
    return fail('pdfCorrupt', { path, reason: message.split('\n')[0]!.slice(0, 200) });
  } finally {
    await task.destroy();
  }
}

/** A text item in page space (y up) -> a placed text with y growing downwards from the page's top. */
function placed(item: TextItem, top: number): PlacedText {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  return { x, y: top - y, width: item.width, size, text: item.str };
}

/** A file error of `code`, with exactly that code's arguments (messages/types.ts). */
function fail<C extends Code>(code: C, args: MessageArgs[C]): Loaded {
  return { ok: false, error: { code, args, severity: 'error' } };
}
