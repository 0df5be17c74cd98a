/**
 * The org's records. Records are immutable values (a write replaces the record), so a snapshot
 * is a reference to the current map, and the first write after a snapshot or restore copies
 * the map once (copy-on-write). That keeps per-test-method snapshot/restore cheap.
 */
import type { ApexValue } from '../../values.ts';
import { to18 } from '../ids.ts';

export interface StoredRecord {
  /** 18-character Id. */
  readonly id: string;
  /** Canonical object name. */
  readonly type: string;
  /** Lower-cased field API name -> value, normalized to the field's type. */
  readonly values: ReadonlyMap<string, ApexValue>;
  readonly isDeleted: boolean;
  /** Insertion order (a stable tie-break for ORDER BY and unordered results). */
  readonly seq: number;
  /** The delete operation that removed it (undelete restores what was deleted together). */
  readonly deleteBatch?: number;
}

/** An opaque saved state; restoring it does not rewind Id or sequence counters. */
export interface StoreSnapshot {
  readonly records: ReadonlyMap<string, StoredRecord>;
}

export class RecordStore {
  private records = new Map<string, StoredRecord>();
  /** True while `records` is shared with a snapshot and must be copied before a write. */
  private shared = false;
  private nextSeq = 1;

  get(id: string): StoredRecord | undefined {
    return this.records.get(id.length === 15 ? to18(id) : id);
  }

  /** Live (not deleted) records of an object; all rows when `includeDeleted`. */
  *ofType(type: string, includeDeleted = false): Iterable<StoredRecord> {
    const wanted = type.toLowerCase();
    for (const record of this.records.values()) {
      if (record.type.toLowerCase() === wanted && (includeDeleted || !record.isDeleted)) {
        yield record;
      }
    }
  }

  allRecords(): Iterable<StoredRecord> {
    return this.records.values();
  }

  /** Adds a new record (assigning its insertion order). */
  add(id: string, type: string, values: ReadonlyMap<string, ApexValue>): StoredRecord {
    const record: StoredRecord = { id, type, values, isDeleted: false, seq: this.nextSeq++ };
    this.write(record);
    return record;
  }

  replace(record: StoredRecord): void {
    this.write(record);
  }

  snapshot(): StoreSnapshot {
    this.shared = true;
    return { records: this.records };
  }

  restore(snapshot: StoreSnapshot): void {
    this.records = snapshot.records as Map<string, StoredRecord>;
    this.shared = true;
  }

  private write(record: StoredRecord): void {
    if (this.shared) {
      this.records = new Map(this.records);
      this.shared = false;
    }
    this.records.set(record.id, record);
  }
}

/** A copy of a record's values with some fields changed (keys lower-cased by the caller). */
export function withValues(
  record: StoredRecord,
  changes: ReadonlyMap<string, ApexValue>,
): StoredRecord {
  const values = new Map(record.values);
  for (const [key, value] of changes) values.set(key, value);
  return { ...record, values };
}
