// Lint of the browser code (`npm run lint`, run by test.sh): ESLint's and typescript-eslint's recommended rules.
// Formatting is Prettier's (`npm run format`, checked by `npm run format:check` in test.sh); these rules do not
// touch layout, so the two never disagree.
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
