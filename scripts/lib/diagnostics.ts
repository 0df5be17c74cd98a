/**
 * One shape for every finding of every gate: `file:line:column  message  [rule]`, the format
 * editors and CI logs turn into links.
 */
import { displayPath } from './project.ts';

export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Which rule or gate found it, e.g. `soql-field` or `pmd:ApexCRUDViolation`. */
  rule: string;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [displayPath(diagnostic.file), diagnostic.line, diagnostic.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}  ${diagnostic.message}  [${diagnostic.rule}]`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * Prints a gate's findings and sets the exit code: any finding fails the gate. Returns whether
 * the gate passed so a caller running several gates can carry on and report them all.
 */
export function reportGate(gate: string, diagnostics: Diagnostic[], startedAt: number): boolean {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  for (const diagnostic of sortDiagnostics(diagnostics))
    console.error(formatDiagnostic(diagnostic));
  if (diagnostics.length > 0) {
    console.error(`✖ ${gate}: ${diagnostics.length} problem(s) (${seconds}s)`);
    process.exitCode = 1;
    return false;
  }
  console.log(`✔ ${gate} (${seconds}s)`);
  return true;
}

/** A failure of the tooling itself (missing Java, missing jars): said plainly, then exit 1. */
export class ToolingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolingError';
  }
}

/** Runs a gate's main function, turning ToolingError into a clear message instead of a stack. */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ToolingError) {
      console.error(`✖ ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
