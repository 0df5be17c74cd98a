/**
 * Pure validators for candidate identifiers already extracted from text. Each takes a string,
 * never throws (malformed input gives false) and uses only the ECMAScript standard library, so
 * the same code runs in Node and in a Lightning web component under Lightning Web Security.
 */
export { isValidAbaRouting } from './aba.ts';
export { expandTwoDigitYear, isRealCalendarDate, MONTH_NAMES, monthFromName } from './dates.ts';
export { isValidDea } from './dea.ts';
export { digitsOnly } from './digits.ts';
export { isValidIban } from './iban.ts';
export { isIcd10CmCode, type Icd10Options } from './icd10.ts';
export { isValidIpv4, isValidIpv6 } from './ip.ts';
export { isValidCardNumber, luhnValid } from './luhn.ts';
export { isValidMbi } from './mbi.ts';
export { isNdcCode, type NdcOptions } from './ndc.ts';
export { isValidNpi } from './npi.ts';
export { isPlausibleInternationalNumber, isValidNanpNumber } from './phone.ts';
export { isValidSsn } from './ssn.ts';
export { isValidVin } from './vin.ts';
