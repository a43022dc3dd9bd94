// ESLint flat config: typescript-eslint's recommended rules for the TypeScript, and
// eslint-plugin-regexp, since this code is mostly Chinese-numbering regexes (it also flags slow ones).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'bench/out/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', global: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', structuredClone: 'readonly', SharedArrayBuffer: 'readonly', Atomics: 'readonly' },
    },
    rules: {
      // `_name` marks a value left out on purpose (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters in a class are the point where they occur (XML-invalid characters, binary sniffing).
      'no-control-regex': 'off',
      // Spelling out 一二三 inside a Han range, or [bB] where case matters to the reader, documents intent.
      'regexp/no-dupe-characters-character-class': 'warn',
      'regexp/use-ignore-case': 'off',
      // Chinese text uses the ideographic space (U+3000) in strings and templates on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // Known findings in the checks and formatters, kept as warnings until they are looked at one by one
    // (the polynomial ones run on short lines: table rows, placeholders). The stages that read a report
    // (match, outline, split) are held to errors.
    files: ['src/checks/**', 'src/format/**'],
    rules: {
      'regexp/no-super-linear-backtracking': 'warn',
      'regexp/no-useless-escape': 'warn',
      'no-useless-escape': 'warn',
      'regexp/prefer-character-class': 'warn',
      'regexp/control-character-escape': 'warn',
      'regexp/no-unused-capturing-group': 'warn',
      'regexp/optimal-quantifier-concatenation': 'warn',
    },
  },
);
