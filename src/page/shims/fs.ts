/** node:fs and node:fs/promises in the page: the engine reads no files there (the page hands it bytes). */
const none = (): never => {
  throw new Error('no file system in the page');
};
export const statSync = none;
export const readFileSync = none;
export const readdirSync = none;
export const existsSync = none;
export const stat = none;
export const readFile = none;
export default { statSync, readFileSync, readdirSync, existsSync, stat, readFile };
