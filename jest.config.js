// Jest for the Lightning web components (TypeScript specs in each bundle's __tests__).
// Run with `npx sfdx-lwc-jest` (or `npx jest`). Workspace packages under packages/ run their own tests.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/** @type {import('jest').Config} */
module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: {
    // Platform modules sfdx-lwc-jest ships no stub for. Labels need no mapping: sfdx-lwc-jest
    // resolves `@salesforce/label/c.Name` to the string "c.Name". Apex method modules need none
    // either: it replaces them with a shared stub that a spec can `jest.mock` (see the specs).
    '^lightning/actions$': '<rootDir>/force-app/test/jest-mocks/lightning/actions.ts',
  },
  setupFilesAfterEnv: [...jestConfig.setupFilesAfterEnv, '<rootDir>/force-app/test/jest-setup.ts'],
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '/\\.sfdx/', '/\\.sf/'],
  // The .ts is the source; the .js beside it is build output and must never be measured or run.
  collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
  coverageThreshold: {
    global: { branches: 90, functions: 95, lines: 95, statements: 95 },
  },
};
