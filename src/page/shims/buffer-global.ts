/** Injected by esbuild where the engine names the global `Buffer` (zip-guard.ts, docx.ts). */
export { Buffer } from 'buffer';
