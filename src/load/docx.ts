/** .docx support lands with issue 4; until then a .docx is reported as not yet readable. */
import type { Loaded } from './index.js';

export async function loadDocx(path: string, _bytes: Uint8Array): Promise<Loaded> {
  return { ok: false, error: { code: 'unsupportedFormat', args: { path, ext: '.docx' }, severity: 'error' } };
}
