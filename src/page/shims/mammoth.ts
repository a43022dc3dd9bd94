/**
 * `mammoth` in the page: its browser build, which reads {arrayBuffer} where the Node build reads
 * {buffer}. load/docx.ts passes a Buffer view; it is handed over as the ArrayBuffer it covers.
 */
// @ts-expect-error the browser build has no type declarations of its own
import browser from 'mammoth/mammoth.browser.js';

interface Input {
  readonly buffer: Uint8Array;
}

const mammoth = {
  convertToHtml(input: Input, options: unknown): Promise<unknown> {
    const { buffer } = input;
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    return (browser as { convertToHtml: (i: { arrayBuffer: ArrayBuffer }, o: unknown) => Promise<unknown> }).convertToHtml({ arrayBuffer: arrayBuffer as ArrayBuffer }, options);
  },
};
export default mammoth;
