/**
 * A minimal zip writer for hostile .docx tests: it can lie about sizes and carry pre-deflated data,
 * which a real zip library will not do. CRCs are left 0: the guard refuses these files before any CRC check.
 */
import { deflateRawSync, constants } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** Stored as deflate data unless `deflated` is given. */
  readonly data?: string | Buffer;
  /** Already deflated bytes and the size they inflate to. */
  readonly deflated?: { readonly bytes: Buffer; readonly size: number };
  /** Size to claim in the headers instead of the real one. */
  readonly declaredSize?: number;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = e.data === undefined ? Buffer.alloc(0) : Buffer.from(e.data);
    const body = e.deflated ? e.deflated.bytes : deflateRawSync(raw);
    const size = e.declaredSize ?? (e.deflated ? e.deflated.size : raw.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Deflate data for `gib` GiB of '<' characters, built in milliseconds: one 16 MiB block compressed once,
 * repeated (each copy ends byte-aligned by a sync flush), then an empty final block.
 */
export function bombData(gib: number): { bytes: Buffer; size: number } {
  const chunk = 16 * 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(chunk, 0x3c), { finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.round((gib * 1024 ** 3) / chunk);
  const last = deflateRawSync(Buffer.alloc(0));
  return { bytes: Buffer.concat([...Array.from({ length: copies }, () => block), last]), size: copies * chunk };
}
