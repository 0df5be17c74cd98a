/**
 * The engine under test, loaded at run time: `scan(text)` from @securesend/phi-detect (its built
 * dist/), or from another module given with --engine (e.g. a candidate build). Loaded
 * dynamically so that a missing or half-written engine is reported plainly instead of as an
 * import error, and so that this package type-checks against the contract alone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PHI_CATEGORY_SET } from './categories.ts';
import type { Detector, DetectedSpan, PhiCategory } from './types.ts';

export const DEFAULT_ENGINE = '@securesend/phi-detect';

/** The part of a Finding the benchmark uses. */
export interface EngineFinding {
  readonly category: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export type Scan = (text: string) => readonly EngineFinding[];

export const OUR_NAME = 'securesend';

/** A file path (relative to the working directory) or a package name. */
export function engineSpecifier(engine: string): string {
  const isPath = engine.startsWith('.') || path.isAbsolute(engine) || existsSync(engine);
  return isPath ? pathToFileURL(path.resolve(engine)).href : engine;
}

export async function loadScan(engine = DEFAULT_ENGINE): Promise<Scan> {
  let module: { scan?: unknown };
  try {
    module = (await import(engineSpecifier(engine))) as { scan?: unknown };
  } catch (error) {
    throw new Error(`cannot load the engine ${engine}: ${String(error)}`, { cause: error });
  }
  if (typeof module.scan !== 'function') {
    throw new Error(
      `the engine ${engine} does not export scan(text) (yet?). Build it with ` +
        '`npm run build --workspace @securesend/phi-detect`.',
    );
  }
  return module.scan as Scan;
}

export function toDetectedSpans(findings: readonly EngineFinding[]): DetectedSpan[] {
  return findings.map((finding) => {
    if (!PHI_CATEGORY_SET.has(finding.category)) {
      throw new Error(`engine returned an unknown category: ${finding.category}`);
    }
    return {
      start: finding.start,
      end: finding.end,
      label: finding.rule,
      category: finding.category as PhiCategory,
    };
  });
}

export function createOurDetector(scan: Scan): Detector {
  return {
    name: OUR_NAME,
    run: (text) => scan(text),
    detect: (text) => toDetectedSpans(scan(text)),
  };
}
