/**
 * Admin-defined patterns (e.g. a payer's member ID format), validated so that no accepted
 * pattern can backtrack catastrophically. Syntax: parse.ts; safety rules: analyze.ts.
 */
export type { CompileResult, CompiledCustomPattern, CustomPatternDefinition } from './types.ts';
export { CUSTOM_PATTERN_LIMITS, compileCustomPattern } from './compile.ts';
export { findCustomPatternMatches } from './match.ts';
