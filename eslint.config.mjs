// Lint with the two rules that catch this stack's commonest silent bugs: an unawaited
// promise, and an expect() that asserts nothing. The web app gets the same rules plus React's
// (hooks called unconditionally, effects that name what they read).
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/valid-expect': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'request.**.expect'] }],
      'jest/no-conditional-expect': 'off',
    },
  },
  {
    // The worker's first process supervises the others and must stay small: what it loads, and
    // the light entry of core it loads it from (libs/core/src/process/index.ts), import no
    // TypeORM, Nest, BullMQ or database driver (types alone are free).
    files: [
      'apps/worker/src/main.ts',
      'apps/worker/src/processes/{worker-supervisor,worker-part,graceful-stop}.ts',
      'libs/core/src/process/*.ts',
      'libs/core/src/config/app-config.ts',
      'libs/core/src/logging/*.ts',
      'libs/core/src/database/embedded-postgres-error.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@convene/(?!core/process$)|typeorm|@nestjs/|bullmq$|pg$|ioredis$|.*/database/(?!embedded-postgres-error$))',
              allowTypeImports: true,
              message: 'The supervising process loads only @convene/core/process: see libs/core/src/process/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
);
