/**
 * Stands in for load/pdf.ts, load/ofd.ts and load/soffice.ts in the page: pdfjs (over 1 MB) and
 * LibreOffice do not fit a one-file page. The page says "check it with the command line" before
 * a file of these formats reaches the engine (engine.ts CLI_ONLY); this only keeps them out of the bundle.
 */
const none = (): never => {
  throw new Error('this format is read by the command line only');
};
export const loadPdf = none;
export const loadOfd = none;
export const loadViaSoffice = none;
