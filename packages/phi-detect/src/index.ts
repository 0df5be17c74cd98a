export { PHI_CATEGORIES, CATEGORY_INFO, isPhiCategory } from './taxonomy.ts';
export type { PhiCategory, CategoryInfo } from './taxonomy.ts';
export type { Finding } from './finding.ts';
export { CONFIDENCE } from './finding.ts';
export type { KnownIdentifier, ScanOptions } from './scan-types.ts';
export { scan, DEFAULT_MIN_CONFIDENCE } from './scan.ts';
export { compileCustomPattern, findCustomPatternMatches } from './custom-patterns/index.ts';
export type {
  CompiledCustomPattern,
  CompileResult,
  CustomPatternDefinition,
} from './custom-patterns/index.ts';
export { redact, createPseudonymRegistry, REDACTION_STYLES } from './redact.ts';
export type {
  RedactOptions,
  RedactionResult,
  RedactionStyle,
  PseudonymRegistry,
} from './redact.ts';
export { IncrementalScanner } from './incremental.ts';
