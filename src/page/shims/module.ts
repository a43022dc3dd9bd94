/**
 * node:module in the page. lazy.ts loads yaml, ajv and opencc-js with createRequire; the page has
 * its rule sets compiled already (no yaml, no ajv), and bundles opencc-js's small t2cn build for
 * reports written in traditional characters.
 */
import * as t2cn from 'opencc-js/t2cn';

export function createRequire(): (id: string) => unknown {
  return (id: string) => {
    if (id === 'opencc-js/t2cn') return t2cn;
    throw new Error(`${id} is not in the page`);
  };
}
