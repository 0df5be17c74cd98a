/**
 * Dates and times: System.Date, System.Datetime and System.Time, plus the helpers the interpreter
 * needs for Date/Datetime arithmetic and conversions. The running user's time zone is GMT and
 * locale en_US in this runtime.
 */
import type { NativeClass } from '../../natives.ts';
import { dateClass } from './date-class.ts';
import { datetimeClass } from './datetime-class.ts';
import { timeClass } from './time-class.ts';

export { midnightOf } from './date-class.ts';
export { formatInZone } from './datetime-class.ts';
export { dateOfDatetime } from './calendar.ts';
export { dateToString, datetimeToString, timeToString } from './standard-text.ts';
export { isTemporal, temporalArithmetic } from './temporal-operators.ts';

export const datetimeClasses: NativeClass[] = [dateClass, datetimeClass, timeClass];
