/**
 * The PHI taxonomy: HIPAA Safe Harbor's identifiers (45 CFR 164.514(b)(2)) that occur in
 * customer-service text, plus clinical content. Defined once here; the LWC, Apex labels and the
 * gateway use these names.
 */
export const PHI_CATEGORIES = [
  'PERSON_NAME',
  'STREET_ADDRESS',
  'ZIP_CODE',
  'DATE',
  'AGE_OVER_89',
  'PHONE',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER',
  'CREDIT_CARD',
  'LICENSE_NUMBER',
  'VEHICLE_ID',
  'DEVICE_ID',
  'URL',
  'IP_ADDRESS',
  'CLINICAL',
] as const;

export type PhiCategory = (typeof PHI_CATEGORIES)[number];

export interface CategoryInfo {
  /** Short human label, e.g. for a highlight's tooltip. */
  readonly label: string;
  /** What the category covers, for docs and admin screens. */
  readonly description: string;
}

export const CATEGORY_INFO: Readonly<Record<PhiCategory, CategoryInfo>> = {
  PERSON_NAME: { label: 'Name', description: 'Names of patients, members, relatives or staff' },
  STREET_ADDRESS: {
    label: 'Street address',
    description: 'Street addresses, unit numbers, PO boxes and the city/state that go with them',
  },
  ZIP_CODE: { label: 'ZIP code', description: 'US ZIP and ZIP+4 codes and other postal codes' },
  DATE: {
    label: 'Date',
    description: 'Dates tied to a person: birth, admission, discharge, service, death',
  },
  AGE_OVER_89: { label: 'Age over 89', description: 'Ages of 90 and above' },
  PHONE: { label: 'Phone', description: 'Telephone and fax numbers' },
  EMAIL: { label: 'Email', description: 'Email addresses' },
  SSN: { label: 'SSN', description: 'US Social Security numbers' },
  MRN: { label: 'Medical record number', description: 'Medical record and patient numbers' },
  HEALTH_PLAN_ID: {
    label: 'Health plan ID',
    description: 'Member, subscriber, policy, group and Medicare (MBI) numbers',
  },
  ACCOUNT_NUMBER: {
    label: 'Account number',
    description: 'Bank, billing and claim account numbers, IBANs, routing numbers',
  },
  CREDIT_CARD: { label: 'Card number', description: 'Payment card numbers (Luhn-valid)' },
  LICENSE_NUMBER: {
    label: 'License number',
    description: "Driver's licenses, NPI and DEA numbers, other certificate or license numbers",
  },
  VEHICLE_ID: { label: 'Vehicle ID', description: 'VINs and license plates' },
  DEVICE_ID: { label: 'Device ID', description: 'Device identifiers and serial numbers' },
  URL: { label: 'Web address', description: 'URLs and domain names' },
  IP_ADDRESS: { label: 'IP address', description: 'IPv4 and IPv6 addresses' },
  CLINICAL: {
    label: 'Clinical',
    description: 'Conditions, medications, procedures, ICD-10-CM and NDC codes about a person',
  },
};

const CATEGORY_SET: ReadonlySet<string> = new Set(PHI_CATEGORIES);

export function isPhiCategory(value: unknown): value is PhiCategory {
  return typeof value === 'string' && CATEGORY_SET.has(value);
}
