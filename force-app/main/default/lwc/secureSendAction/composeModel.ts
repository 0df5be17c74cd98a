/**
 * The pure parts of the Send Securely composer: the scanner's known identifiers, the file picker
 * rows with their limits, the expiry value and the idempotency key. No component state here.
 */
import type {
  ComposeContext_CaseFile,
  ComposeContext_KnownIdentifier,
} from '@salesforce/apex-types';
import { type KnownIdentifier, isPhiCategory } from 'c/phiScanner';
import { formatLabel } from 'c/phiPolicy';
import fileOverLimit from '@salesforce/label/c.SecureSend_FileOverLimit';
import fileOverTotal from '@salesforce/label/c.SecureSend_FileOverTotal';
import fileMaxCount from '@salesforce/label/c.SecureSend_FileMaxCount';

/** The gateway accepts at most 10 attachments per message (openapi.yaml, attachments.maxItems). */
export const MAX_ATTACHMENTS = 10;
/** Subject and body limits of the gateway's CreateMessageRequest. */
export const SUBJECT_MAX_LENGTH = 255;
export const BODY_MAX_LENGTH = 131072;
/** SecureSend_Setting__mdt Default's values, used when the context carries none. */
export const FALLBACK_DEFAULT_EXPIRY_DAYS = 30;
export const FALLBACK_MAX_EXPIRY_DAYS = 90;

/** One row of the file picker. */
export interface FileRow {
  readonly id: string;
  /** "title.ext (size)". */
  readonly label: string;
  readonly sizeBytes: number;
  readonly checked: boolean;
  readonly disabled: boolean;
  /** Why the file cannot be selected, when it cannot. */
  readonly note: string | undefined;
}

export interface AttachmentLimits {
  /** Largest single file; null or undefined: no browser-side limit (the server still checks). */
  readonly maxFileBytes?: number | null;
  /** Largest total; null or undefined: no browser-side limit. */
  readonly maxTotalBytes?: number | null;
}

const SIZE_UNITS = [
  { unit: 'megabyte', bytes: 1_000_000 },
  { unit: 'kilobyte', bytes: 1_000 },
] as const;

/**
 * A byte count for people, in decimal units as the org's limits are set ("1.5 MB").
 *
 * @param bytes a size in bytes
 * @returns the size with its unit, formatted for the browser's locale
 */
export function formatBytes(bytes: number): string {
  const size = SIZE_UNITS.find((candidate) => bytes >= candidate.bytes);
  const unit = size?.unit ?? 'byte';
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / (size?.bytes ?? 1));
}

/**
 * The Case's known identifiers as the scanner takes them: categories outside the phi-detect
 * taxonomy and empty values are dropped.
 *
 * @param identifiers ComposeContext.knownIdentifiers
 * @returns the identifiers for `scan`/`IncrementalScanner`
 */
export function toKnownIdentifiers(
  identifiers: readonly ComposeContext_KnownIdentifier[] | null | undefined,
): KnownIdentifier[] {
  const known: KnownIdentifier[] = [];
  for (const { category, value } of identifiers ?? []) {
    if (isPhiCategory(category) && value?.trim()) {
      known.push({ category, value });
    }
  }
  return known;
}

function sizeOf(file: ComposeContext_CaseFile): number {
  return file.sizeBytes ?? 0;
}

/**
 * Total size of the selected files.
 *
 * @param files the Case's files
 * @param selected ContentVersion Ids of the selected files
 * @returns bytes
 */
export function selectedBytes(
  files: readonly ComposeContext_CaseFile[],
  selected: readonly string[],
): number {
  return files
    .filter((file) => file.contentVersionId && selected.includes(file.contentVersionId))
    .reduce((total, file) => total + sizeOf(file), 0);
}

/**
 * The file picker's rows. A file over the single-file limit can never be selected; an unselected
 * file that would take the selection over the total limit, or past MAX_ATTACHMENTS, is disabled
 * until something else is deselected. A selected file can always be deselected.
 *
 * @param files ComposeContext.files
 * @param selected ContentVersion Ids of the selected files
 * @param limits the org's limits
 * @returns one row per file with an Id
 */
export function fileRows(
  files: readonly ComposeContext_CaseFile[],
  selected: readonly string[],
  limits: AttachmentLimits,
): FileRow[] {
  const total = selectedBytes(files, selected);
  const maxTotal = limits.maxTotalBytes ?? Number.POSITIVE_INFINITY;
  const maxFile = limits.maxFileBytes ?? Number.POSITIVE_INFINITY;
  const rows: FileRow[] = [];
  for (const file of files) {
    const id = file.contentVersionId;
    if (!id) {
      continue;
    }
    const size = sizeOf(file);
    const checked = selected.includes(id);
    let note: string | undefined;
    if (file.withinLimit === false || size > maxFile) {
      note = formatLabel(fileOverLimit, formatBytes(limits.maxFileBytes ?? size));
    } else if (!checked && total + size > maxTotal) {
      note = fileOverTotal;
    } else if (!checked && selected.length >= MAX_ATTACHMENTS) {
      note = formatLabel(fileMaxCount, MAX_ATTACHMENTS);
    }
    const name = file.fileExtension
      ? `${file.title ?? ''}.${file.fileExtension}`
      : (file.title ?? '');
    rows.push({
      id,
      label: `${name} (${formatBytes(size)})`,
      sizeBytes: size,
      checked,
      disabled: note !== undefined,
      note,
    });
  }
  return rows;
}

/**
 * The expiry the sender entered, when it is a whole number of days from 1 to the maximum.
 *
 * @param value the field's value
 * @param maxDays the largest allowed
 * @returns the days, or undefined when invalid
 */
export function parseExpiryDays(value: unknown, maxDays: number): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!/^\s*\d+\s*$/.test(text)) {
    return undefined;
  }
  const days = Number(text);
  return days >= 1 && days <= maxDays ? days : undefined;
}

/**
 * A new idempotency key: a random UUID (36 characters of [0-9a-f-], within SendRequest's
 * 8-64 [A-Za-z0-9-_]). Made once per compose and reused for every retry of that compose.
 *
 * @returns the key
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
