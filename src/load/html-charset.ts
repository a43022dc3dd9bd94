/**
 * Which bytes are a web page, and in which charset: the BOM, then valid UTF-8, then the page's
 * own `<meta charset>` / `http-equiv` GBK declaration, then detection (load/decode.ts).
 * Pure and dependency-free, so the stdin sniff costs nothing when the input is plain text.
 */
import { isUtf8 } from 'node:buffer';
import { decode, type Decoded } from './decode.js';

/** `-` (stdin) bytes that open like a web page: a doctype, <html>, <head> or <meta> first. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 1024)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta)[\s>]/i.test(head);
}

/** The charset the page declares in its first 4 KB (as HTML's prescan does), normalised; null when none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const m = /<meta[^>]*?charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head);
  return m ? normalise(m[1]!) : null;
}

/** The page's text: a BOM wins, then the declaration (when we know it), then detection. */
export function decodeHtml(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) return decode(bytes, forced);
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return decode(bytes);
  // Valid UTF-8 is UTF-8 whatever the page says (GBK Chinese is almost never valid UTF-8, and
  // templates copied across sites keep a stale declaration); otherwise a GBK declaration is
  // believed even where a few bad bytes would let detection call the page broken UTF-8.
  if (declaredCharset(bytes) === 'gb18030' && !isUtf8(bytes)) return decode(bytes, 'gb18030');
  return decode(bytes);
}

function normalise(name: string): string | null {
  const n = name.toLowerCase();
  if (n === 'gb2312' || n === 'gbk' || n === 'gb18030' || n === 'x-gbk' || n === 'cp936') return 'gb18030';
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
