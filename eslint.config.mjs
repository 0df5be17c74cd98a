// ESLint 9 flat config. Scope: LWC TypeScript (components and their specs), shared jest code in
// force-app/test, TypeScript tooling in scripts/, workspace package sources in packages/*/src,
// and the gateway's tests and load scripts.
// Every TypeScript file is linted with type information (typescript-eslint project service).
//
// Not covered here: LWC templates. `lwc:dom="manual"` in an .html needs a
// `<!-- reviewed: reason -->` comment, which a separate script checks.
import js from '@eslint/js';
import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The local org's page modules are Lightning web components too (packages/local-org/page).
const LWC_SOURCES = ['force-app/**/lwc/**/*.ts', 'packages/local-org/page/modules/**/*.ts'];
const SPECS = ['force-app/**/lwc/**/__tests__/**/*.ts', 'force-app/test/**/*.ts'];
const NODE_SOURCES = [
  'scripts/**/*.ts',
  'packages/*/src/**/*.ts',
  // The gateway's tests and load scripts handle credentials and PHI-shaped data too.
  'packages/gateway/test/**/*.ts',
  'packages/gateway/bench/**/*.ts',
];
const ALL_TS = [...LWC_SOURCES, ...SPECS, ...NODE_SOURCES];

/** Markup injection bypasses LWC's template escaping: forbidden everywhere, not only in components. */
const NO_MARKUP_INJECTION = [
  {
    selector:
      "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]",
    message:
      'Do not assign innerHTML/outerHTML: render through a template (XSS, and PHI can leak into markup).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Do not use insertAdjacentHTML: render through a template.',
  },
  {
    selector:
      "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'Do not use document.write.',
  },
];

/** Restricts a shared config (which applies to every file) to some files. */
const scopedTo = (files, configs) => configs.map((config) => ({ ...config, files }));

export default tseslint.config(
  {
    name: 'securesend/ignores',
    ignores: [
      '**/node_modules/**',
      'coverage/**',
      'types/generated/**',
      'test/**/fixtures/**',
      'test/**/.generated/**',
      '.sfdx/**',
      '.sf/**',
      'packages/*/dist/**',
      // c/phiScanner: packages/phi-detect bundled by scripts/bundle-phi-scanner.ts.
      'force-app/main/default/lwc/phiScanner/**',
      // Compiled LWC output (the .ts beside it is the source) and any other JavaScript: out of scope.
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      // ...except this repo's own tool configs.
      '!eslint.config.mjs',
      '!jest.config.js',
    ],
  },

  // Tool configs at the root (plain JavaScript).
  {
    name: 'securesend/tool-configs',
    files: ['eslint.config.mjs', 'jest.config.js'],
    ...js.configs.recommended,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Every TypeScript file: ESLint recommended + typescript-eslint, type-checked. Product code
  // and its specs get the strict set; Node tooling the recommended set (its parser libraries,
  // e.g. ANTLR contexts, are typed non-null where they return null, which strict rules misread).
  ...scopedTo(ALL_TS, [js.configs.recommended]),
  ...scopedTo([...LWC_SOURCES, ...SPECS], tseslint.configs.strictTypeChecked),
  ...scopedTo([...LWC_SOURCES, ...SPECS], tseslint.configs.stylisticTypeChecked),
  ...scopedTo(NODE_SOURCES, tseslint.configs.recommendedTypeChecked),
  {
    name: 'securesend/typescript',
    files: ALL_TS,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...NO_MARKUP_INJECTION],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    name: 'securesend/typescript-product',
    files: [...LWC_SOURCES, ...SPECS],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },

  // Lightning web components (sources and specs): Salesforce's recommended LWC rules, which
  // include @lwc/lwc/no-inner-html, run on the typescript-eslint parser instead of Babel's.
  ...scopedTo(LWC_SOURCES, lwcConfig.configs.recommendedTs),
  {
    name: 'securesend/lwc',
    files: LWC_SOURCES,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      // No PHI in the browser console: components never log.
      'no-console': 'error',
      '@lwc/lwc/no-inner-html': 'error',
      'no-restricted-syntax': ['error', ...NO_MARKUP_INJECTION],
      // Rules the recommended LWC config enables in their JavaScript form; TypeScript needs the
      // typescript-eslint variants (or the compiler already checks them).
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      'no-use-before-define': 'off',
      '@typescript-eslint/no-use-before-define': ['error', { functions: false }],
      'no-useless-constructor': 'off',
      'no-empty-function': 'off',
      'dot-notation': 'off',
      '@typescript-eslint/dot-notation': ['error', { allowKeywords: true }],
      'no-return-await': 'off',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      'consistent-return': 'off',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
      // eslint-plugin-import cannot parse TypeScript modules without a TS resolver; tsc checks imports.
      'import/named': 'off',
      'import/namespace': 'off',
      'import/default': 'off',
      'import/export': 'off',
    },
  },

  // Jest specs and shared jest code.
  {
    name: 'securesend/jest',
    files: SPECS,
    ...jestPlugin.configs['flat/recommended'],
    languageOptions: {
      globals: { ...globals.jest, ...globals.browser },
    },
  },
  {
    name: 'securesend/jest-rules',
    files: SPECS,
    rules: {
      'no-console': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-focused-tests': 'error',
      'jest/expect-expect': 'error',
      'jest/valid-title': 'error',
      // Specs look up base component stubs by selector with the props they assert on as a type
      // argument (`find<ButtonStub>(el, 'lightning-button')`), the querySelector<T> pattern.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },

  // Node tooling.
  {
    name: 'securesend/node',
    files: NODE_SOURCES,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Gate entry points pass `async () => {...}` to runMain whether or not they await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    name: 'securesend/node-tests',
    files: ['packages/gateway/test/**/*.ts'],
    rules: {
      // node:test's describe() and it() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it'] },
          ],
        },
      ],
    },
  },
);
