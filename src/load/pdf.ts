import type { Loaded } from './index.js';
export async function loadPdf(path: string, _bytes: Uint8Array): Promise<Loaded> {
  return { ok: false, error: { code: 'unsupportedFormat', args: { path, ext: '.pdf' }, severity: 'error' } };
}
