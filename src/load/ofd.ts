import type { Loaded } from './index.js';
export async function loadOfd(path: string, _bytes: Uint8Array): Promise<Loaded> {
  return { ok: false, error: { code: 'unsupportedFormat', args: { path, ext: '.ofd' }, severity: 'error' } };
}
