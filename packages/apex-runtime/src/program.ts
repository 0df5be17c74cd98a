/**
 * A loaded program: every class of a set of Apex sources lowered and registered, ready for an
 * Interpreter. Syntax errors are collected, not thrown, so a runner can report them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompilationUnit } from './ast.ts';
import { classInfoOf } from './interpreter/class-info.ts';
import { TypeRegistry, type SObjectLookup } from './interpreter/registry.ts';
import { lowerFile } from './lower/index.ts';
import type { NativeClass } from './natives.ts';

export interface SourceFile {
  /** Path shown in errors and coverage (relative to the project root where possible). */
  file: string;
  source: string;
}

export interface LoadProblem {
  file: string;
  line: number;
  message: string;
}

export interface LoadedProgram {
  registry: TypeRegistry;
  units: CompilationUnit[];
  problems: LoadProblem[];
}

export function loadProgram(
  sources: SourceFile[],
  sobjects: SObjectLookup,
  natives: NativeClass[],
): LoadedProgram {
  const registry = new TypeRegistry(sobjects, natives);
  const units: CompilationUnit[] = [];
  const problems: LoadProblem[] = [];
  for (const { file, source } of sources) {
    const lowered = lowerFile(file, source);
    for (const error of lowered.syntaxErrors)
      problems.push({ file, line: error.line, message: error.message });
    if (lowered.unsupported) {
      problems.push({
        file,
        line: lowered.unsupported.line,
        message: `unsupported: ${lowered.unsupported.what}`,
      });
    }
    if (!lowered.unit) continue;
    units.push(lowered.unit);
    registry.addUserClass(classInfoOf(lowered.unit.type));
  }
  return { registry, units, problems };
}

/** The .cls files of a directory, sorted by name. */
export function readClassSources(dir: string, displayPrefix = dir): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cls'))
    .sort()
    .map((name) => ({
      file: join(displayPrefix, name),
      source: readFileSync(join(dir, name), 'utf8'),
    }));
}
