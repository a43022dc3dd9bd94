/** node:zlib in the page: zip-guard.ts inflates a .docx's XML parts under a cap with fflate instead. */
import { inflateSync } from 'fflate';

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Uint8Array {
  const out = inflateSync(data);
  if (options.maxOutputLength !== undefined && out.length > options.maxOutputLength) {
    // The error Node throws for the same case, which zip-guard.ts tells from a corrupt stream.
    throw Object.assign(new RangeError('Cannot create a Buffer larger than maxOutputLength'), { code: 'ERR_BUFFER_TOO_LARGE' });
  }
  return out;
}
