/** node:buffer in the page: the `buffer` package's Buffer, and isUtf8 by a fatal TextDecoder. */
export { Buffer } from 'buffer';

const strict = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Node's ICU transcode is a speed-up only: throwing sends load/decode.ts to its TextDecoder path. */
export function transcode(): never {
  throw new Error('transcode is not available in a browser');
}
