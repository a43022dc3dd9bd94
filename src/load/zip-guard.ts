/**
 * Looks at a .docx's bytes before mammoth inflates them: tells an encrypted (password-protected)
 * document, a truncated file and a file that is no zip at all from a Word file, and refuses a zip
 * bomb by inflating its XML parts under a hard output cap instead of trusting the declared sizes.
 */
import { inflateRawSync } from 'node:zlib';

/** Most XML a .docx may expand to. Real reports stay under a few MB; mammoth needs ~10x this in memory. */
export const MAX_DOCX_XML_BYTES = 100 * 1024 * 1024;

export interface ZipRefusal {
  readonly code: 'docxEncrypted' | 'docxCorrupt' | 'docxNotWord' | 'docxTooLarge';
  readonly args: Readonly<Record<string, string | number>>;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LIMIT_MB = MAX_DOCX_XML_BYTES / 1048576;

/** null when the bytes look like a Word document mammoth can safely open. */
export function checkZip(bytes: Uint8Array, limit = MAX_DOCX_XML_BYTES, main = 'word/document.xml'): ZipRefusal | null {
  // Word saves a password-protected .docx as an OLE compound file, as are old .doc files renamed.
  if (OLE.every((b, i) => bytes[i] === b)) return { code: 'docxEncrypted', args: {} };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { code: 'docxCorrupt', args: { detail: 'not a zip' } };
  const entries = zipEntries(bytes);
  if (!entries) return { code: 'docxCorrupt', args: { detail: 'truncated' } };
  // The same guard serves OFD (main part OFD.xml): codes are named after .docx, the first user.
  if (!entries.some((e) => e.name === main)) return { code: 'docxNotWord', args: {} };
  let budget = limit;
  for (const entry of entries) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue; // media is never inflated by our transform
    if (entry.size > budget) return { code: 'docxTooLarge', args: { limitMb: LIMIT_MB } };
    const inflated = inflatedSize(bytes, entry, budget);
    if (inflated === 'corrupt') return { code: 'docxCorrupt', args: { detail: entry.name } };
    if (inflated === 'tooLarge') return { code: 'docxTooLarge', args: { limitMb: LIMIT_MB } };
    budget -= inflated;
  }
  return null;
}

/**
 * One part's bytes, inflated under the same cap as checkZip's (call checkZip first); null when the
 * part is missing or damaged. For OFD, whose parts JSZip/mammoth never see.
 */
export function zipPart(bytes: Uint8Array, name: string, limit = MAX_DOCX_XML_BYTES): Uint8Array | null {
  const entry = zipEntries(bytes)?.find((e) => e.name === name);
  if (!entry) return null;
  const data = storedData(bytes, entry);
  if (!data) return null;
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch {
    return null;
  }
}

/** The names of a zip's parts, or null when it is no readable zip. */
export function zipNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((e) => e.name) ?? null;
}

function zipEntries(bytes: Uint8Array): Entry[] | null {
  if (bytes.length < 22) return null;
  return readDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The central directory's entries, or null when the end record is missing (a truncated file). */
function readDirectory(buf: Buffer): Entry[] | null {
  const end = findEnd(buf);
  if (end === -1) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (next > buf.length) return null;
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24), // 0xffffffff (ZIP64) is over any limit, as it should be
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at = next;
  }
  return entries;
}

function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

/** The entry's bytes as stored (compressed), or null when the local header or data is cut off. */
function storedData(bytes: Uint8Array, entry: Entry): Buffer | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return data.length < entry.compressedSize ? null : data;
}

/** The entry's real inflated size, never inflating more than `cap` bytes. */
function inflatedSize(bytes: Uint8Array, entry: Entry, cap: number): number | 'corrupt' | 'tooLarge' {
  const data = storedData(bytes, entry);
  if (!data) return 'corrupt';
  if (entry.method === 0) return data.length > cap ? 'tooLarge' : data.length;
  if (entry.method !== 8) return 'corrupt';
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'corrupt';
  }
}
