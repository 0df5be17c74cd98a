/**
 * Runs Apex snippets without an org: a platform with no sObjects, the standard library, and
 * System.debug captured. For language-level tests.
 */
import { Interpreter } from '../src/interpreter/interpreter.ts';
import type { Platform } from '../src/interpreter/platform.ts';
import { loadProgram } from '../src/program.ts';
import { Session } from '../src/runtime/session.ts';
import { standardLibrary } from '../src/stdlib/index.ts';
import { UnsupportedError, type ApexValue } from '../src/values.ts';

const noOrg = (what: string): never => {
  throw new UnsupportedError(`${what} (no org in this harness)`);
};

export const NO_ORG_PLATFORM: Platform = {
  sobjectName: () => undefined,
  fieldType: () => undefined,
  relationship: () => undefined,
  childRelationship: () => undefined,
  sobjectMember: () => undefined,
  label: () => undefined,
  query: () => noOrg('SOQL'),
  dml: () => noOrg('DML'),
  sobjectMethod: () => undefined,
  sobjectStaticMethod: () => undefined,
};

export function runSnippet(
  sources: Record<string, string>,
  className: string,
  method: string,
  args: ApexValue[] = [],
): { value: ApexValue; interp: Interpreter } {
  const program = loadProgram(
    Object.entries(sources).map(([file, source]) => ({ file, source })),
    { sobjectName: () => undefined },
    standardLibrary(),
  );
  if (program.problems.length) throw new Error(JSON.stringify(program.problems));
  const interp = new Interpreter(
    program.registry,
    NO_ORG_PLATFORM,
    new Session('005000000000001AAA'),
  );
  const cls = program.registry.classByName(className);
  if (!cls) throw new Error(`no class ${className}`);
  const value = interp.callStatic(cls, method, args);
  return { value: value ?? null, interp };
}
