import type { Loaded } from './index.js';
export async function loadViaSoffice(path: string, ext: string, _next: (docx: Uint8Array) => Promise<Loaded>): Promise<Loaded> {
  return { ok: false, error: { code: 'unsupportedFormat', args: { path, ext }, severity: 'error' } };
}
