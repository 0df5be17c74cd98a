/**
 * Helpers for the runner tests: load Apex sources without an org, and a tiny fake org whose only
 * data is a list of Account names (enough to watch snapshot/restore and governor counters).
 */
import type { Platform } from '../src/interpreter/platform.ts';
import { ApexList } from '../src/collections.ts';
import { loadProgram, type LoadedProgram } from '../src/program.ts';
import type { TestOrg } from '../src/runner/test-org.ts';
import { NO_ORG_PLATFORM, NO_ORG_USER_ID } from '../src/runner/test-org.ts';
import { standardLibrary } from '../src/stdlib/index.ts';
import { SObjectValue, UnsupportedError, primitive } from '../src/values.ts';

export function loadSources(
  sources: Record<string, string>,
  platform: Platform = NO_ORG_PLATFORM,
): LoadedProgram {
  return loadProgram(
    Object.entries(sources).map(([file, source]) => ({ file, source })),
    platform,
    standardLibrary(),
  );
}

/** An org holding Account names: `insert` adds rows, `[SELECT COUNT() FROM Account]` counts them. */
export class FakeAccountOrg implements TestOrg {
  readonly description = 'fake org of Account names';
  readonly defaultUserId = NO_ORG_USER_ID;
  rows: string[] = [];
  readonly calls: string[] = [];
  readonly platform: Platform;

  constructor() {
    const isAccount = (name: string): boolean => name.toLowerCase() === 'account';
    this.platform = {
      ...NO_ORG_PLATFORM,
      sobjectName: (name) => (isAccount(name) ? 'Account' : undefined),
      fieldType: (sobject, field) =>
        isAccount(sobject) && field.toLowerCase() === 'name' ? primitive('String') : undefined,
      query: (ctx) => {
        ctx.runtime.limits.soqlQueries++;
        return this.rows.length;
      },
      dml: (ctx, statement, target) => {
        if (statement !== 'insert') throw new UnsupportedError(`fake org: ${statement}`);
        const records = target instanceof ApexList ? target.items : [target];
        for (const record of records) {
          if (record instanceof SObjectValue) this.rows.push(String(record.get('Name')));
        }
        ctx.runtime.limits.dmlStatements++;
        ctx.runtime.limits.dmlRows += records.length;
      },
    };
  }

  snapshot(): unknown {
    this.calls.push(`snapshot(${this.rows.length})`);
    return [...this.rows];
  }

  restore(snapshot: unknown): void {
    this.rows = [...(snapshot as string[])];
    this.calls.push(`restore(${this.rows.length})`);
  }
}
