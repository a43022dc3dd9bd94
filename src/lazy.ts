/**
 * yaml and ajv, loaded on first use. A run with only the built-in rule sets and no config file
 * needs neither (the rule sets come precompiled), and importing them cost about a quarter of
 * a one-report run's start-up.
 */
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
type AjvModule = typeof import('ajv');

const require = createRequire(import.meta.url);
let yamlModule: YamlModule | undefined;
let ajvModule: AjvModule | undefined;

/** The `yaml` package (its CommonJS build, the same one an ESM import gets). */
export function yaml(): YamlModule {
  return (yamlModule ??= require('yaml') as YamlModule);
}

/** The `ajv` package. */
export function ajv(): AjvModule {
  return (ajvModule ??= require('ajv') as AjvModule);
}

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;

/**
 * A traditional-to-simplified converter (opencc-js, characters and common phrases). Its tables cost
 * about 100 ms to load, so only a report written in traditional characters loads them.
 */
export function simplifier(): Convert {
  if (!toSimplified) {
    const { Converter } = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Convert };
    toSimplified = Converter({ from: 't', to: 'cn' });
  }
  return toSimplified;
}
