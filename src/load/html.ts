/**
 * A saved web page (.html, .htm, .shtml, or HTML on stdin) -> SourceText of the report it
 * publishes. Imported lazily by load/index.ts, so htmlparser2 is loaded only when a page is met.
 */
import { parseDocument } from 'htmlparser2';
import type { FileError } from '../types.js';
import { lostCharacters } from './decode.js';
import { decodeHtml } from './html-charset.js';
import { htmlLines } from './html-lines.js';
import { flattenDeep } from './html-main.js';
import type { Loaded, LoadOptions } from './index.js';

export function loadHtml(path: string, bytes: Uint8Array, options: LoadOptions = {}): Loaded {
  const decoded = decodeHtml(bytes, options.encoding);
  const doc = parseDocument(decoded.text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  flattenDeep(doc);
  const { lines, hints } = htmlLines(doc);
  if (!lines.some((l) => l.trim())) {
    return { ok: false, error: { code: 'htmlEmpty', args: { path }, severity: 'error' } };
  }
  const lost = lostCharacters(bytes, decoded);
  const notices: FileError[] = lost ? [{ code: 'decodeLossy', args: { count: lost, encoding: decoded.encoding }, severity: 'warning' }] : [];
  return {
    ok: true,
    source: {
      path,
      lines,
      hints,
      encoding: decoded.encoding,
      format: 'html',
      lineUnit: 'extractedLine',
      ...(notices.length ? { notices } : {}),
    },
  };
}
