/**
 * The drift check of the generated gateway classes (part of `npm run check:apex`): each file
 * must be exactly what scripts/generate-apex-gateway.ts writes from packages/gateway/openapi.yaml.
 * A project without that contract (a checker's fixture) has nothing generated to check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolingError, type Diagnostic } from '../lib/diagnostics.ts';
import { GATEWAY_API, GATEWAY_SPEC, generateApexFiles, type GeneratedFile } from './generate.ts';
import { loadOpenApi } from './openapi-model.ts';

export const DRIFT_RULE = 'apex-generated';

function firstDifferentLine(actual: string, expected: string): number {
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  let line = 0;
  while (line < actualLines.length && actualLines[line] === expectedLines[line]) line++;
  return line + 1;
}

/** Findings for generated files that are missing or differ from `expected`. */
export function compareGeneratedFiles(root: string, expected: GeneratedFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const regenerate = `run \`${GATEWAY_API.command}\``;
  for (const file of expected) {
    const path = join(root, file.path);
    const name = file.path.split(/[\\/]/).pop() ?? file.path;
    if (!existsSync(path)) {
      diagnostics.push({
        file: path,
        rule: DRIFT_RULE,
        message: `${name} is missing: it is generated from ${GATEWAY_API.specPath}; ${regenerate}`,
      });
      continue;
    }
    const actual = readFileSync(path, 'utf8');
    if (actual !== file.text) {
      diagnostics.push({
        file: path,
        line: firstDifferentLine(actual, file.text),
        rule: DRIFT_RULE,
        message: `${name} differs from what ${GATEWAY_API.generator} generates from ${GATEWAY_API.specPath} (edited by hand, or the contract changed): ${regenerate}`,
      });
    }
  }
  return diagnostics;
}

/** The drift findings of a project root (none when it has no gateway contract). */
export async function checkGeneratedApex(root: string): Promise<Diagnostic[]> {
  const spec = join(root, GATEWAY_SPEC);
  if (!existsSync(spec)) return [];
  try {
    return compareGeneratedFiles(root, await generateApexFiles(loadOpenApi(spec)));
  } catch (error) {
    if (!(error instanceof ToolingError)) throw error;
    return [
      {
        file: spec,
        rule: DRIFT_RULE,
        message: `cannot generate the Apex classes from the contract: ${error.message}`,
      },
    ];
  }
}
