/**
 * Assertion failures for System.assert* and the Assert class: System.AssertException, which
 * Apex code cannot catch ("You can't catch an assertion failure using a try/catch block even
 * though it's logged as an exception",
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Assert.htm).
 * Because no Apex code can read these messages, they only matter in failure reports.
 *
 * Wording. Verified: a System.assertEquals failure without a message reads
 * "Assertion Failed: Expected: 25, Actual: null" (Salesforce Help article 000193852,
 * https://help.salesforce.com/apex/HTViewSolution?id=000193852). The other forms below follow
 * the same scheme as the platform prints them in test results as far as known, and are not
 * documented: System methods put a custom message before the details with ": ", the Assert
 * class with ". ".
 */
import type { NativeContext } from '../../natives.ts';
import type { ApexValue } from '../../values.ts';

const PREFIX = 'Assertion Failed';

export type MessageStyle = 'system' | 'assert';

/** What went wrong, e.g. 'Expected: 1, Actual: 2'; null for a bare failure. */
export function assertionFailure(
  ctx: NativeContext,
  style: MessageStyle,
  detail: string | null,
  message: ApexValue | undefined,
): Error {
  const custom = message === undefined || message === null ? null : ctx.stringify(message);
  const separator = style === 'system' ? ': ' : '. ';
  let text = PREFIX;
  if (custom !== null && detail !== null) text += `: ${custom}${separator}${detail}`;
  else if (custom !== null) text += `: ${custom}`;
  else if (detail !== null) text += `: ${detail}`;
  return ctx.error('System.AssertException', text);
}

export function expectedActual(ctx: NativeContext, expected: ApexValue, actual: ApexValue): string {
  return `Expected: ${ctx.stringify(expected)}, Actual: ${ctx.stringify(actual)}`;
}

export function sameValue(ctx: NativeContext, actual: ApexValue): string {
  return `Same value: ${ctx.stringify(actual)}`;
}
