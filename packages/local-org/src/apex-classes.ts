/**
 * Apex the local org adds beside the package's classes: a class source compiled into the
 * running program (anonymous Apex's wrapper, and the page's own classes in apex/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classInfoOf,
  lowerFile,
  type ClassInfo,
  type ProjectRuntime,
} from '@securesend/apex-runtime';

const PAGE_APEX_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../apex');

/** Compiles one class source and adds it to the program; a syntax error throws, with its line. */
export function addApexClass(
  runtime: ProjectRuntime,
  file: string,
  source: string,
  lineOffset = 0,
): ClassInfo {
  const lowered = lowerFile(file, source);
  if (!lowered.unit) {
    const problem = lowered.syntaxErrors[0];
    throw new Error(
      `${file} does not compile: line ${(problem?.line ?? 1) - lineOffset}: ${problem?.message ?? 'unknown'}`,
    );
  }
  const cls = classInfoOf(lowered.unit.type);
  runtime.program.registry.addUserClass(cls);
  return cls;
}

/** The local page's own Apex (apex/*.cls): what stands in for Lightning Data Service reads. */
export function addPageApex(runtime: ProjectRuntime): void {
  for (const name of readdirSync(PAGE_APEX_DIR).filter((file) => file.endsWith('.cls'))) {
    addApexClass(runtime, name, readFileSync(join(PAGE_APEX_DIR, name), 'utf8'));
  }
}
