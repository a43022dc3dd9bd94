/**
 * Test-only GBK encoder. Node decodes GBK but cannot encode it, so the reverse map is built
 * from TextDecoder('gbk') over the whole double-byte range once.
 */
let table: Map<string, number> | undefined;

function reverseMap(): Map<string, number> {
  const map = new Map<string, number>();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, (lead << 8) | trail);
      } catch {
        // not a GBK code point
      }
    }
  }
  return map;
}

/** Encodes text as GBK; throws on a character GBK cannot hold, so a test never passes by accident. */
export function encodeGbk(text: string): Uint8Array {
  table ??= reverseMap();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (pair === undefined) throw new Error(`not encodable in GBK: ${ch}`);
    out.push(pair >> 8, pair & 0xff);
  }
  return Uint8Array.from(out);
}

/** UTF-16 with its byte-order mark, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}
