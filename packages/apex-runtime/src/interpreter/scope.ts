/**
 * Local variables (lexical blocks) and the completion signals statements pass upward.
 */
import type { ApexType, ApexValue } from '../values.ts';

export interface Variable {
  value: ApexValue;
  type: ApexType;
}

export class Scope {
  private readonly vars = new Map<string, Variable>();
  constructor(readonly parent?: Scope) {}

  declare(name: string, type: ApexType, value: ApexValue): void {
    this.vars.set(name.toLowerCase(), { value, type });
  }

  lookup(name: string): Variable | undefined {
    const found = this.vars.get(name.toLowerCase());
    return found ?? this.parent?.lookup(name);
  }
}

/** How a statement ended when not normally: `break`, `continue` or `return value`. */
export type Completion =
  undefined | { kind: 'break' } | { kind: 'continue' } | { kind: 'return'; value: ApexValue };

export const BREAK: Completion = { kind: 'break' };
export const CONTINUE: Completion = { kind: 'continue' };
