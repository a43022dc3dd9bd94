/**
 * Looks at a .docx's bytes before mammoth inflates them: tells an encrypted (password-protected)
 * document, a truncated file and a file that is no zip at all from a Word file, and refuses a zip
 * bomb by inflating its XML parts under a hard output cap instead of trusting the declared sizes.
 */
import { posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Most XML a .docx may expand to. Real reports stay under a few MB; mammoth needs ~10x this in memory. */
export const MAX_DOCX_XML_BYTES = 100 * 1024 * 1024;

export interface ZipRefusal {
  readonly code: 'docxEncrypted' | 'docxCorrupt' | 'docxNotWord' | 'docxTooLarge' | 'docxTooManyElements';
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
  // Every part a reader may open is inflated under the cap: XML, .rels, and anything a relationship
  // names (a main document called word/main.bin, a 450 MB styles.bin). Only pictures nobody names as
  // anything but a picture are left alone: they are never inflated by our transform.
  const rels = entries.filter((e) => /\.rels$/i.test(e.name));
  const named = new Set<string>();
  let budget = limit;
  let elements = 0;
  const inflate = (entry: Entry): ZipRefusal | Uint8Array => {
    if (entry.size > budget) return { code: 'docxTooLarge', args: { limitMb: LIMIT_MB } };
    const inflated = inflatedPart(bytes, entry, budget);
    if (inflated === 'corrupt') return { code: 'docxCorrupt', args: { detail: entry.name } };
    if (inflated === 'tooLarge') return { code: 'docxTooLarge', args: { limitMb: LIMIT_MB } };
    budget -= inflated.length;
    elements += countElements(inflated);
    if (elements > MAX_DOCX_ELEMENTS) return { code: 'docxTooManyElements', args: { limit: MAX_DOCX_ELEMENTS } };
    return inflated;
  };
  for (const entry of rels) {
    const data = inflate(entry);
    if (!(data instanceof Uint8Array)) return data;
    for (const target of relationshipTargets(entry.name, UTF8.decode(data))) named.add(target);
  }
  for (const entry of entries) {
    if (rels.includes(entry) || (PICTURE.test(entry.name) && !named.has(entry.name))) continue;
    const data = inflate(entry);
    if (!(data instanceof Uint8Array)) return data;
  }
  return null;
}

/** Parts are bytes (a Buffer in Node, a Uint8Array from the offline page's inflater): decoded the same way in both. */
const UTF8 = new TextDecoder();

/** Pictures in a document: inflated only when shown, which our transform never does. */
const PICTURE = /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|wdp|jfif)$/i;

/**
 * Most XML elements a .docx may hold, over all its parts. mammoth keeps about 1.4 KB per element
 * (200,000 empty paragraphs: 3 s, 350 MB): dense XML of tiny elements under the byte cap (50 MB
 * from a 153 KB file) exhausted the heap. A 1,000-page compilation has about 400,000.
 */
export const MAX_DOCX_ELEMENTS = 600_000;

/** Opening tags in XML bytes: each "<" not starting "</", "<?" or "<!". Binary parts count their "<" bytes, still bounded. */
function countElements(data: Uint8Array): number {
  let count = 0;
  for (let at = data.indexOf(0x3c); at !== -1; at = data.indexOf(0x3c, at + 1)) {
    const next = data[at + 1];
    if (next !== 0x2f && next !== 0x3f && next !== 0x21) count++;
  }
  return count;
}

/**
 * Parts a .rels file names, as zip paths, except pictures named as pictures and external links.
 * A part's rels sit in `<folder>/_rels/<part>.rels`; targets are relative to `<folder>`, or absolute.
 */
function relationshipTargets(relsName: string, xml: string): string[] {
  const base = relsName.replace(/(?:^|\/)_rels\/[^/]*$/, '');
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(m[0])?.[1];
    const target = attr('Target');
    if (!target || attr('TargetMode') === 'External' || /\/image$/.test(attr('Type') ?? '')) continue;
    out.push(target.startsWith('/') ? posix.normalize(target).slice(1) : posix.normalize(posix.join(base, target)));
  }
  return out;
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

/** The entry's inflated bytes, never inflating more than `cap` bytes. */
function inflatedPart(bytes: Uint8Array, entry: Entry, cap: number): Buffer | 'corrupt' | 'tooLarge' {
  const data = storedData(bytes, entry);
  if (!data) return 'corrupt';
  if (entry.method === 0) return data.length > cap ? 'tooLarge' : data;
  if (entry.method !== 8) return 'corrupt';
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'corrupt';
  }
}
