/**
 * The synchronous fast path for plain text and Markdown files, and the reads the cache needs.
 * A promise round trip per stat, open, read and close cost about half the wall time of a batch
 * (the thread waited on the file system's thread pool), so these files are read synchronously;
 * everything else takes loadFile (index.ts). The batch only schedules: which files take this
 * path, and how their bytes are read and told apart, is decided here.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readRegularFileSync } from '../io/safe-read.js';
import { isMarkdownName, isTextExtension, loadBytes, MAX_INPUT_BYTES, onDisk, type Loaded, type LoadOptions } from './index.js';

/** Above this a file takes the ordinary, asynchronous path (loadFile), with its size limit and messages. */
const SYNC_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The size of a plain text or Markdown file that may be read synchronously, or null when it must
 * take loadFile instead: another extension, not a regular file (stat first: opening a FIFO would
 * wait for a writer), over SYNC_MAX_BYTES, or unreadable. The main thread, the pool's workers and
 * the read-ahead thread all ask this.
 */
export function plainFileSize(file: string | Uint8Array): number | null {
  // A path as bytes (a name that is not UTF-8, io/names.ts): its extension is ASCII all the same.
  const name = typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!isTextExtension(extname(name.toString()).toLowerCase())) return null;
  try {
    const info = statSync(name);
    return info.isFile() && info.size <= SYNC_MAX_BYTES ? info.size : null;
  } catch {
    return null;
  }
}

/**
 * A plain text or Markdown file's bytes (`file` as the user named it, read from options.cwd), read
 * synchronously; null for anything else (.docx, folders, big or unreadable files): loadFile then
 * takes it, with all its messages.
 */
export function readPlain(file: string, options: LoadOptions = {}): Uint8Array | null {
  const at = onDisk(file, options);
  if (plainFileSize(at) === null) return null;
  try {
    return readFileSync(at);
  } catch {
    return null;
  }
}

/** Bytes readPlain (or the read-ahead thread) read from `file`: Markdown by its name, else text. */
export function loadPlainBytes(file: string, bytes: Uint8Array, options: LoadOptions = {}): Loaded {
  return loadBytes(file, bytes, isMarkdownName(file) ? 'markdown' : 'text', options);
}

/**
 * An input's bytes for the cache to fingerprint (`file` as named, read from options.cwd): a regular
 * file of at most MAX_INPUT_BYTES, stat-checked on the open descriptor, so a FIFO never blocks and
 * /dev/zero never fills the memory. Throws the file system's error or a ReadRefusal (io/safe-read.ts).
 * The bytes are a whole input: loadNamed(file, bytes) checks them without reading the file again.
 */
export function readInput(file: string, options: LoadOptions = {}): Uint8Array {
  return readRegularFileSync(onDisk(file, options), MAX_INPUT_BYTES);
}

/** An input's size on disk in bytes (`file` as named, from options.cwd), 0 when it cannot be read: what the guard's deadline grows with. */
export function inputSize(file: string, options: LoadOptions = {}): number {
  try {
    return statSync(onDisk(file, options)).size;
  } catch {
    return 0;
  }
}

/** What the cache files a result under: the bytes' length and SHA-1 (the hash --cache has always used). */
export function fingerprint(bytes: Uint8Array): { readonly size: number; readonly hash: string } {
  return { size: bytes.length, hash: createHash('sha1').update(bytes).digest('hex') };
}
