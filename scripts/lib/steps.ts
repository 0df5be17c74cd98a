/**
 * Runs a list of commands (the gates of `npm run check`, the suites of `npm test`) one after the
 * other, carrying on after a failure so one run shows every problem, then prints a summary.
 */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './project.ts';

export interface Step {
  name: string;
  command: string;
  args: string[];
}

/** An npm script of this repository as a step. */
export function npmStep(script: string, extraArgs: string[] = []): Step {
  return {
    name: script,
    command: 'npm',
    args: ['run', '--silent', script, ...(extraArgs.length ? ['--', ...extraArgs] : [])],
  };
}

export function runSteps(title: string, steps: Step[]): boolean {
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    const started = Date.now();
    const run = spawnSync(step.command, step.args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: process.env,
    });
    results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
  }
  console.log(`\n${title}:`);
  for (const result of results) {
    console.log(
      `  ${result.ok ? '✔' : '✖'} ${result.name.padEnd(22)} ${result.seconds.toFixed(1).padStart(6)}s`,
    );
  }
  const failed = results.filter((result) => !result.ok);
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  console.log(
    failed.length
      ? `✖ ${failed.length} of ${results.length} failed (${total.toFixed(1)}s)`
      : `✔ all ${results.length} passed (${total.toFixed(1)}s)`,
  );
  return failed.length === 0;
}
