/**
 * The conformance suite: small Apex programs whose System.debug output is documented. Each lives
 * in conformance/<topic>/<Name>.cls with `public static void run()`, next to <Name>.expected
 * (the System.debug messages, one line each). A program whose header comment says `requires: org` needs
 * SOQL/DML and is skipped when no org is given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypeRegistry } from '../interpreter/registry.ts';
import type { NativeClass } from '../natives.ts';
import { loadProgram } from '../program.ts';
import { Session } from '../runtime/session.ts';
import { describeFailure } from './failure.ts';
import { GovernedInterpreter } from './governed-interpreter.ts';
import { noOrgNatives, noOrgTestOrg, type TestOrg } from './test-org.ts';

export interface ConformanceProgram {
  topic: string;
  name: string;
  /** Path shown in errors: conformance/<topic>/<Name>.cls. */
  file: string;
  source: string;
  expected: string[];
  requiresOrg: boolean;
}

export type ConformanceOutcome =
  | { status: 'pass'; output: string[] }
  | { status: 'fail'; output: string[]; error: string | null }
  | { status: 'skipped'; reason: string };

/** The comment lines before the class declaration. */
function headerOf(source: string): string {
  const header: string[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '' && !/^(\/\/|\/\*|\*)/.test(trimmed)) break;
    header.push(line);
  }
  return header.join('\n');
}

export function requiresOrg(source: string): boolean {
  return /requires:\s*org\b/i.test(headerOf(source));
}

/**
 * A debug log entry is "LEVEL|message" (the last two columns of a USER_DEBUG line); the
 * .expected files hold the messages only.
 */
const LOGGING_LEVEL_PREFIX = /^(NONE|ERROR|WARN|INFO|DEBUG|FINE|FINER|FINEST|INTERNAL)\|/;

function debugMessage(entry: string): string {
  return entry.replace(LOGGING_LEVEL_PREFIX, '');
}

function toLines(text: string): string[] {
  const trimmed = text.replace(/\r\n/g, '\n').replace(/\n$/, '');
  return trimmed === '' ? [] : trimmed.split('\n');
}

/** Every program under `rootDir`, by topic then name. */
export function findConformancePrograms(rootDir: string): ConformanceProgram[] {
  const topics = readdirSync(rootDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return topics.flatMap((topic) =>
    readdirSync(join(rootDir, topic))
      .filter((file) => file.endsWith('.cls'))
      .sort()
      .map((file) => {
        const name = file.slice(0, -'.cls'.length);
        const source = readFileSync(join(rootDir, topic, file), 'utf8');
        const expectedPath = join(rootDir, topic, `${name}.expected`);
        if (!existsSync(expectedPath))
          throw new Error(`conformance/${topic}/${name}.cls has no .expected file`);
        return {
          topic,
          name,
          file: `conformance/${topic}/${file}`,
          source,
          expected: toLines(readFileSync(expectedPath, 'utf8')),
          requiresOrg: requiresOrg(source),
        };
      }),
  );
}

/** Runs `Name.run()` in one transaction and compares its debug lines with the expected ones. */
export function runConformanceProgram(
  program: ConformanceProgram,
  org: TestOrg | null,
  natives: NativeClass[] = noOrgNatives(),
): ConformanceOutcome {
  if (program.requiresOrg && !org) return { status: 'skipped', reason: 'requires org' };
  const target = org ?? noOrgTestOrg();
  const loaded = loadProgram(
    [{ file: program.file, source: program.source }],
    target.platform,
    natives,
  );
  if (loaded.problems.length > 0) {
    const error = loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
    return { status: 'fail', output: [], error };
  }
  const before = target.snapshot();
  try {
    return execute(program, loaded.registry, target);
  } finally {
    target.restore(before);
  }
}

function execute(
  program: ConformanceProgram,
  registry: TypeRegistry,
  org: TestOrg,
): ConformanceOutcome {
  const cls = registry.classByName(program.name);
  if (!cls) return { status: 'fail', output: [], error: `no class ${program.name}` };
  const session = new Session(org.defaultUserId, org.system);
  const interp = new GovernedInterpreter(registry, org.platform, session);
  interp.beginTransaction();
  let error: string | null = null;
  try {
    if (interp.callStatic(cls, 'run', []) === undefined)
      error = `${program.name} has no static run() method`;
  } catch (thrown) {
    error = describeFailure(thrown).message;
  }
  const output = session.debugLog.flatMap((entry) => debugMessage(entry).split('\n'));
  const matches =
    error === null &&
    output.length === program.expected.length &&
    output.every((line, i) => line === program.expected[i]);
  return matches ? { status: 'pass', output } : { status: 'fail', output, error };
}
