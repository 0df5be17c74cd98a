/**
 * Parses Apex with @apexdevtools/apex-parser and collects syntax errors with their positions.
 */
import { readFileSync } from 'node:fs';
import {
  ApexErrorListener,
  ApexParserFactory,
  type ApexParserRuleContext,
  type CompilationUnitContext,
  type TriggerUnitContext,
} from '@apexdevtools/apex-parser';

export interface ApexSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedApex {
  file: string;
  source: string;
  unit: CompilationUnitContext | TriggerUnitContext;
  syntaxErrors: ApexSyntaxProblem[];
}

class CollectingErrorListener extends ApexErrorListener {
  readonly problems: ApexSyntaxProblem[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.problems.push({ line, column: column + 1, message });
  }
}

export function parseApexSource(file: string, source: string): ParsedApex {
  const listener = new CollectingErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const unit = file.endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
  return { file, source, unit, syntaxErrors: listener.problems };
}

export function parseApexFile(file: string): ParsedApex {
  return parseApexSource(file, readFileSync(file, 'utf8'));
}

/** 1-based line and column where a parse-tree node starts. */
export function positionOf(node: ApexParserRuleContext): { line: number; column: number } {
  return { line: node.start.line, column: node.start.column + 1 };
}

/** Every descendant of `node` (depth first) for which `visit` returns true keeps descending. */
export function walkTree(
  node: ApexParserRuleContext,
  visit: (child: ApexParserRuleContext) => boolean,
): void {
  for (const child of node.children ?? []) {
    if (!('children' in child)) continue; // terminal token
    const rule = child as ApexParserRuleContext;
    if (visit(rule)) walkTree(rule, visit);
  }
}
