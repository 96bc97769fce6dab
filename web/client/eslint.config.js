// Lint of the browser code (`npm run lint`, run by test.sh): ESLint's and typescript-eslint's recommended rules.
// Formatting is left to .editorconfig for now: a formatter run over every file would rewrite lines that parallel work
// is changing; it is worth doing in one commit at a quiet moment.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '../wwwroot/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      // `_` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
