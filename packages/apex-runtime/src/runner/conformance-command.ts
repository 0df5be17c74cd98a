/**
 * `cli.ts conformance`: runs every conformance program and prints one line per program
 * (pass / FAIL / skipped (requires org)), with the difference for failures. Exit code 1 when any
 * program failed.
 */
import type { ConformanceCommandArgs } from './cli-args.ts';
import {
  findConformancePrograms,
  runConformanceProgram,
  type ConformanceOutcome,
} from './conformance.ts';
import type { LoadedProject } from './project-loader.ts';

function describeOutcome(expected: string[], outcome: ConformanceOutcome): string[] {
  switch (outcome.status) {
    case 'pass':
      return [];
    case 'skipped':
      return [];
    case 'fail':
      return [
        ...(outcome.error ? [`    error: ${outcome.error}`] : []),
        '    expected:',
        ...expected.map((line) => `      ${line}`),
        '    actual:',
        ...outcome.output.map((line) => `      ${line}`),
      ];
  }
}

const LABEL: Record<ConformanceOutcome['status'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  skipped: 'skipped',
};

export function runConformanceCommand(
  args: ConformanceCommandArgs,
  project: LoadedProject | null,
  print: (text: string) => void,
): number {
  let failed = 0;
  for (const program of findConformancePrograms(args.dir)) {
    const outcome = project
      ? runConformanceProgram(program, project.org, project.natives)
      : runConformanceProgram(program, null);
    if (outcome.status === 'fail') failed++;
    const label =
      outcome.status === 'skipped' ? `skipped (${outcome.reason})` : LABEL[outcome.status];
    print(`${label.padEnd(24)} ${program.topic}/${program.name}`);
    for (const line of describeOutcome(program.expected, outcome)) print(line);
  }
  print(
    failed === 0 ? 'conformance: all programs passed' : `conformance: ${failed} program(s) failed`,
  );
  return failed === 0 ? 0 : 1;
}
