// One lint configuration for every workspace: typescript-eslint's recommended rules for the TypeScript,
// eslint-plugin-svelte's for the pages; formatting is Prettier's (eslint-config-prettier turns off the
// rules that would argue with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['**/node_modules/', '**/build/', '**/.svelte-kit/', '**/cdk.out/', '**/.data/', 'web/src/lib/api-schema.d.ts'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An unused parameter or a destructured rest sibling can be deliberate; a leading underscore says so.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The app is served at the root (no paths.base) by npm start and CloudFront alike: resolve() would add nothing.
      'svelte/no-navigation-without-resolve': 'off',
      // A literal in braces keeps a significant space beside an icon ({'⚠ '}), which markup whitespace would not.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // Tests read synthesized CloudFormation and raw responses, whose shapes no type names.
    files: ['tests/**', 'infra/test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
