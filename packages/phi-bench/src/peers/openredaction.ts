/**
 * openredaction 1.1.5 (re-exports @openredaction/core). Public API:
 * `await new OpenRedaction(options).detect(text)` resolves to `{ redacted, detections }`, each
 * detection with `type` and `position: [start, end]`, so no alignment is needed. `detect` is
 * async only, although its work is synchronous.
 *
 * Two configurations are benchmarked: the default (all 579 patterns: what its README shows) and
 * the `hipaa` preset (15 patterns: names, email, SSN, US phone, ZIP, street, date of birth, US
 * passport/driver's license, card, UK bank account, IPs, employee ID). Both with
 * `enableLearning: false`: by default the constructor opens a learning store that writes
 * `.openredaction/learnings.json` in the working directory.
 */
import { OpenRedaction } from 'openredaction';
import type { Detector, DetectedSpan, PhiCategory } from '../types.ts';

/** openredaction pattern type -> our category. Types not listed (500+) are unmapped. */
export const OPENREDACTION_LABELS: Readonly<Record<string, PhiCategory>> = {
  NAME: 'PERSON_NAME',
  EMAIL: 'EMAIL',
  PHONE_US: 'PHONE',
  PHONE_UK: 'PHONE',
  PHONE_UK_MOBILE: 'PHONE',
  PHONE_INTERNATIONAL: 'PHONE',
  SSN: 'SSN',
  CREDIT_CARD: 'CREDIT_CARD',
  ADDRESS_STREET: 'STREET_ADDRESS',
  ADDRESS_PO_BOX: 'STREET_ADDRESS',
  ZIP_CODE_US: 'ZIP_CODE',
  POSTCODE_UK: 'ZIP_CODE',
  DATE: 'DATE',
  DATE_OF_BIRTH: 'DATE',
  IPV4: 'IP_ADDRESS',
  IPV6: 'IP_ADDRESS',
  URL_WITH_AUTH: 'URL',
  IBAN: 'ACCOUNT_NUMBER',
  UK_BANK_ACCOUNT_IBAN: 'ACCOUNT_NUMBER',
  BANK_ACCOUNT_UK: 'ACCOUNT_NUMBER',
  ROUTING_NUMBER_US: 'ACCOUNT_NUMBER',
  HOSPITAL_ACCOUNT: 'ACCOUNT_NUMBER',
  DRIVING_LICENSE_US: 'LICENSE_NUMBER',
  DRIVING_LICENSE_UK: 'LICENSE_NUMBER',
  NPI_NUMBER: 'LICENSE_NUMBER',
  DEA_NUMBER: 'LICENSE_NUMBER',
  PROVIDER_LICENSE: 'LICENSE_NUMBER',
  NURSING_LICENSE: 'LICENSE_NUMBER',
  MEDICAL_RECORD_NUMBER: 'MRN',
  PATIENT_ID: 'MRN',
  HEALTH_PLAN_NUMBER: 'HEALTH_PLAN_ID',
  POLICY_HOLDER_ID: 'HEALTH_PLAN_ID',
  SUBSCRIBER_ID: 'HEALTH_PLAN_ID',
  BENEFICIARY_ID: 'HEALTH_PLAN_ID',
  EHIC_NUMBER: 'HEALTH_PLAN_ID',
  VIN: 'VEHICLE_ID',
  VIN_NUMBER: 'VEHICLE_ID',
  MEDICAL_DEVICE_SERIAL: 'DEVICE_ID',
  IMEI_NUMBER: 'DEVICE_ID',
  DEVICE_UUID: 'DEVICE_ID',
  MAC_ADDRESS: 'DEVICE_ID',
  ICD10_CODE: 'CLINICAL',
  CPT_CODE: 'CLINICAL',
  DRUG_DOSAGE: 'CLINICAL',
  ALLERGY_INFO: 'CLINICAL',
  BLOOD_TYPE: 'CLINICAL',
  GENETIC_MARKER: 'CLINICAL',
};

/** Every license plate type (LICENSE_PLATE, US_LICENSE_PLATE, TEXAS_LICENSE_PLATE...). */
export function mapOpenRedactionType(type: string): PhiCategory | undefined {
  if (type === 'LICENSE_PLATE' || type.endsWith('_LICENSE_PLATE')) return 'VEHICLE_ID';
  return OPENREDACTION_LABELS[type];
}

export type OpenRedactionConfig = 'default' | 'hipaa';

export function createOpenRedaction(config: OpenRedactionConfig): Detector {
  const redactor = new OpenRedaction({
    enableLearning: false,
    ...(config === 'hipaa' ? { preset: 'hipaa' as const } : {}),
  });
  return {
    name: config === 'hipaa' ? 'openredaction (hipaa)' : 'openredaction',
    run: (text) => redactor.detect(text),
    async detect(text): Promise<DetectedSpan[]> {
      const { detections } = await redactor.detect(text);
      return detections.map(({ type, position: [start, end] }) => {
        const category = mapOpenRedactionType(type);
        return { start, end, label: type, ...(category ? { category } : {}) };
      });
    },
  };
}
