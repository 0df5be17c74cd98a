import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabeledSpan, PhiCategory } from './types.ts';

/** The monorepo root: packages/phi-bench/src -> ../../.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared data lives beside the repository, not in it (its licence and size). */
export const PRESIDIO_PATH = path.join(
  REPO_ROOT,
  '..',
  'shared',
  'bench',
  'presidio-synth-v2.json',
);

export interface PresidioRecord {
  readonly text: string;
  readonly gold: readonly LabeledSpan[];
  readonly templateId: number;
}

/**
 * Presidio entity type -> our category. A label absent here is unmapped; AGE is mapped by value
 * (see mapPresidioLabel). The reasons are in README "Label mapping".
 */
export const PRESIDIO_LABELS: Readonly<Record<string, PhiCategory | null>> = {
  PERSON: 'PERSON_NAME',
  STREET_ADDRESS: 'STREET_ADDRESS',
  ZIP_CODE: 'ZIP_CODE',
  DATE_TIME: 'DATE',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  US_SSN: 'SSN',
  CREDIT_CARD: 'CREDIT_CARD',
  IP_ADDRESS: 'IP_ADDRESS',
  DOMAIN_NAME: 'URL',
  IBAN_CODE: 'ACCOUNT_NUMBER',
  US_DRIVER_LICENSE: 'LICENSE_NUMBER',
  AGE: 'AGE_OVER_89',
  GPE: null,
  ORGANIZATION: null,
  TITLE: null,
  NRP: null,
};

/** The categories presidio can label: the micro average is taken over these. */
export const PRESIDIO_SCORED_CATEGORIES: readonly PhiCategory[] = [
  ...new Set(
    Object.values(PRESIDIO_LABELS).filter((category): category is PhiCategory => category !== null),
  ),
];

/** A month name or a numeric day/month: a date element Safe Harbor requires removing. */
const DAY_OR_MONTH =
  /\d{1,4}[/.-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * Ages are Safe Harbor identifiers only from 90 up; a younger age is unmapped. A DATE_TIME is a
 * date element only with a day or month: Safe Harbor (164.514(b)(2)(i)(C)) keeps the year, and a
 * weekday or a time of day alone identifies no date, so those are unmapped.
 */
export function mapPresidioLabel(entityType: string, value: string): PhiCategory | null {
  const category = PRESIDIO_LABELS[entityType] ?? null;
  if (category === 'DATE') return DAY_OR_MONTH.test(value) ? 'DATE' : null;
  if (category !== 'AGE_OVER_89') return category;
  const digits = /\d+/.exec(value);
  return digits !== null && Number(digits[0]) >= 90 ? 'AGE_OVER_89' : null;
}

interface RawSpan {
  entity_type: unknown;
  entity_value: unknown;
  start_position: unknown;
  end_position: unknown;
}

function fail(message: string): never {
  throw new Error(`presidio data (${PRESIDIO_PATH}): ${message}`);
}

function toSpan(raw: RawSpan, text: string, where: string): LabeledSpan {
  const { entity_type: type, entity_value: value, start_position: start, end_position: end } = raw;
  if (typeof type !== 'string' || typeof value !== 'string') fail(`${where}: bad span`);
  if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end > text.length) {
    fail(`${where}: span offsets out of range`);
  }
  if (text.slice(start, end) !== value) fail(`${where}: span value does not match its offsets`);
  return { start, end, label: type, category: mapPresidioLabel(type, value) };
}

export function loadPresidio(file = PRESIDIO_PATH): PresidioRecord[] {
  if (!existsSync(file)) {
    throw new Error(
      `presidio data not found at ${file}. It is shared data kept beside the repository ` +
        `(<repoRoot>/../shared/bench/presidio-synth-v2.json); see its README.md there.`,
    );
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) fail('expected an array of records');
  return parsed.map((item: unknown, index): PresidioRecord => {
    const record = item as { full_text?: unknown; spans?: unknown; template_id?: unknown };
    const text = record.full_text;
    if (typeof text !== 'string' || !Array.isArray(record.spans))
      fail(`record ${index}: bad shape`);
    const gold = (record.spans as RawSpan[]).map((span, i) =>
      toSpan(span, text, `record ${index} span ${i}`),
    );
    const templateId = typeof record.template_id === 'number' ? record.template_id : -1;
    return { text, gold, templateId };
  });
}
