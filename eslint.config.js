import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE = ['**/map/**', '**/ui/**', 'maplibre-gl'];

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-warning-comments': ['error', {terms: ['todo', 'fixme', 'xxx']}],
    },
  },
  {
    files: ['src/data/**', 'src/geo/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: PURE, message: 'data, geo and state stay free of map and ui code.'}]},
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {paths: [{name: 'maplibre-gl', message: 'Only src/map imports maplibre-gl.'}]},
      ],
    },
  },
);
