/**
 * `npm run permissions:matrix`: prints what each persona permission set grants (object CRUD,
 * field read/edit, Apex classes, custom permissions, tabs, external credential principals, ...)
 * as a markdown table, read from the permission set metadata.
 *
 *   npm run permissions:matrix               print the matrix
 *   npm run permissions:matrix -- --write    also put it in README.md between the markers
 *   npm run permissions:matrix -- --check    fail when a permission set and
 *                                            config/permission-matrix.json disagree, or README.md
 *                                            is stale (test/tooling/permissions checks the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, reportGate, runMain } from './lib/diagnostics.ts';
import { repoRoot } from './lib/project.ts';
import {
  README_END,
  README_START,
  RULE_MATRIX,
  checkPermissionMatrix,
  readmeMatrix,
  renderPermissionMatrix,
  withReadmeMatrix,
} from './permissions/matrix.ts';

void runMain(async () => {
  const startedAt = Date.now();
  const args = process.argv.slice(2);
  const readmeFile = join(repoRoot, 'README.md');
  const matrix = await renderPermissionMatrix(repoRoot);
  if (args.includes('--write')) {
    writeFileSync(readmeFile, withReadmeMatrix(readFileSync(readmeFile, 'utf8'), matrix));
    console.error(`README.md: permission matrix written between ${README_START} and ${README_END}`);
  }
  if (!args.includes('--check')) {
    process.stdout.write(matrix);
    return;
  }
  const diagnostics: Diagnostic[] = checkPermissionMatrix(repoRoot);
  if (readmeMatrix(readFileSync(readmeFile, 'utf8')) !== matrix.trim()) {
    diagnostics.push({
      file: readmeFile,
      line: 1,
      message: `the permission matrix between ${README_START} and ${README_END} is not what \`npm run permissions:matrix\` prints: run \`npm run permissions:matrix -- --write\``,
      rule: RULE_MATRIX,
    });
  }
  reportGate('permissions:matrix', diagnostics, startedAt);
});
