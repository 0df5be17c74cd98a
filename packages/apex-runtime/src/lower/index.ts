/**
 * Lowering: Apex source -> the runtime's AST (src/ast.ts), via @apexdevtools/apex-parser.
 * Each file is parsed once. Syntax errors (and the few compile errors the parser cannot see)
 * are reported eagerly; constructs the lowering does not translate become `unsupported` nodes
 * that fail only when executed.
 */
import type { CompilationUnit } from '../ast.ts';
import { lowerTypeDeclaration } from './members.ts';
import { parseApex, type SyntaxProblem } from './parse.ts';
import { FileRejected, lineOf } from './support.ts';

export type { SyntaxProblem } from './parse.ts';

export interface LowerResult {
  /** Absent when the file has syntax errors or is not translated (see `unsupported`). */
  unit?: CompilationUnit;
  syntaxErrors: SyntaxProblem[];
  /** Set when the whole file is a construct the runtime does not run (a trigger, for now). */
  unsupported?: { what: string; line: number };
}

export function lowerFile(file: string, source: string): LowerResult {
  const parsed = parseApex(file, source);
  // ANTLR recovers from syntax errors with a partial tree; Salesforce compiles nothing.
  if (parsed.syntaxErrors.length > 0) return { syntaxErrors: parsed.syntaxErrors };
  if (parsed.kind === 'trigger') {
    return { syntaxErrors: [], unsupported: { what: 'Apex trigger', line: lineOf(parsed.tree) } };
  }
  try {
    const type = lowerTypeDeclaration(parsed.tree.typeDeclaration(), file);
    return { unit: { file, lineCount: countLines(source), type }, syntaxErrors: [] };
  } catch (error) {
    if (error instanceof FileRejected) {
      return { syntaxErrors: [{ line: error.line, column: error.column, message: error.message }] };
    }
    throw error;
  }
}

/** Lines as an editor counts them: a final newline does not start another line. */
function countLines(source: string): number {
  if (source.length === 0) return 0;
  const newlines = source.split('\n').length - 1;
  return source.endsWith('\n') ? newlines : newlines + 1;
}
