/**
 * Runs @apexdevtools/apex-parser once over a source file and collects its syntax errors.
 * The lexer and the parser share one listener, so lexer errors (e.g. a bad string escape) are
 * reported too.
 */
import {
  ApexErrorListener,
  ApexParserFactory,
  type CompilationUnitContext,
  type TriggerUnitContext,
} from '@apexdevtools/apex-parser';

export interface SyntaxProblem {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

class CollectingErrorListener extends ApexErrorListener {
  readonly problems: SyntaxProblem[] = [];

  apexSyntaxError(line: number, column: number, message: string): void {
    // ANTLR columns are 0-based; editors and Salesforce count from 1.
    this.problems.push({ line, column: column + 1, message });
  }
}

export type ParsedApex =
  | { kind: 'class'; tree: CompilationUnitContext; syntaxErrors: SyntaxProblem[] }
  | { kind: 'trigger'; tree: TriggerUnitContext; syntaxErrors: SyntaxProblem[] };

/** Parses a .cls (compilationUnit) or a .trigger (triggerUnit) source. */
export function parseApex(file: string, source: string): ParsedApex {
  const listener = new CollectingErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  if (file.toLowerCase().endsWith('.trigger')) {
    return { kind: 'trigger', tree: parser.triggerUnit(), syntaxErrors: listener.problems };
  }
  return { kind: 'class', tree: parser.compilationUnit(), syntaxErrors: listener.problems };
}
