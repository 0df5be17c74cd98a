import { isPhiCategory, type PhiCategory } from 'c/phiScanner';
import personNameLabel from '@salesforce/label/c.SecureSend_PhiCategory_PERSON_NAME';
import streetAddressLabel from '@salesforce/label/c.SecureSend_PhiCategory_STREET_ADDRESS';
import zipCodeLabel from '@salesforce/label/c.SecureSend_PhiCategory_ZIP_CODE';
import dateLabel from '@salesforce/label/c.SecureSend_PhiCategory_DATE';
import ageOver89Label from '@salesforce/label/c.SecureSend_PhiCategory_AGE_OVER_89';
import phoneLabel from '@salesforce/label/c.SecureSend_PhiCategory_PHONE';
import emailLabel from '@salesforce/label/c.SecureSend_PhiCategory_EMAIL';
import ssnLabel from '@salesforce/label/c.SecureSend_PhiCategory_SSN';
import mrnLabel from '@salesforce/label/c.SecureSend_PhiCategory_MRN';
import healthPlanIdLabel from '@salesforce/label/c.SecureSend_PhiCategory_HEALTH_PLAN_ID';
import accountNumberLabel from '@salesforce/label/c.SecureSend_PhiCategory_ACCOUNT_NUMBER';
import creditCardLabel from '@salesforce/label/c.SecureSend_PhiCategory_CREDIT_CARD';
import licenseNumberLabel from '@salesforce/label/c.SecureSend_PhiCategory_LICENSE_NUMBER';
import vehicleIdLabel from '@salesforce/label/c.SecureSend_PhiCategory_VEHICLE_ID';
import deviceIdLabel from '@salesforce/label/c.SecureSend_PhiCategory_DEVICE_ID';
import urlLabel from '@salesforce/label/c.SecureSend_PhiCategory_URL';
import ipAddressLabel from '@salesforce/label/c.SecureSend_PhiCategory_IP_ADDRESS';
import clinicalLabel from '@salesforce/label/c.SecureSend_PhiCategory_CLINICAL';

/** The display name (a Custom Label) of every PHI category of the phi-detect taxonomy. */
const CATEGORY_LABELS: Readonly<Record<PhiCategory, string>> = Object.freeze({
  PERSON_NAME: personNameLabel,
  STREET_ADDRESS: streetAddressLabel,
  ZIP_CODE: zipCodeLabel,
  DATE: dateLabel,
  AGE_OVER_89: ageOver89Label,
  PHONE: phoneLabel,
  EMAIL: emailLabel,
  SSN: ssnLabel,
  MRN: mrnLabel,
  HEALTH_PLAN_ID: healthPlanIdLabel,
  ACCOUNT_NUMBER: accountNumberLabel,
  CREDIT_CARD: creditCardLabel,
  LICENSE_NUMBER: licenseNumberLabel,
  VEHICLE_ID: vehicleIdLabel,
  DEVICE_ID: deviceIdLabel,
  URL: urlLabel,
  IP_ADDRESS: ipAddressLabel,
  CLINICAL: clinicalLabel,
});

/**
 * The display name of a PHI category, e.g. "Health plan ID" for `HEALTH_PLAN_ID`. A name outside
 * the taxonomy (a category a newer gateway reports) is shown as it is: it is a category name,
 * never a PHI value.
 *
 * @param category a category name, e.g. from a finding or a Secure_Message__c's PHI_Categories__c
 * @returns the label to show
 */
export function categoryLabel(category: string): string {
  return isPhiCategory(category) ? CATEGORY_LABELS[category] : category;
}

/**
 * Fills the `{0}`, `{1}`, ... placeholders of a Custom Label, e.g. "Redact {0}".
 *
 * @param template the label
 * @param values the values, by position; a placeholder without a value stays as it is
 * @returns the filled label
 */
export function formatLabel(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}
