/** Org exceptions (QueryException, SecurityException, DmlException...) become Apex exceptions. */
import type { NativeContext } from '../natives.ts';
import { OrgException } from '../org/index.ts';

export function asApexError<T>(ctx: NativeContext, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof OrgException) throw ctx.error(error.exceptionType, error.message);
    throw error;
  }
}
