/**
 * `lightning/uiRecordApi` in the local org: only what the package's components use.
 * notifyRecordUpdateAvailable tells the page that records changed; the page re-reads them (the
 * Case highlights and details), as Lightning Data Service refreshes its cache. Anything else
 * this module would export in Lightning is absent on purpose: importing it fails the page's
 * build, so a component never half-works here.
 */
type RecordListener = (recordIds: string[]) => void;

const listeners = new Set<RecordListener>();

/** The Ids of `[{ recordId }]`, or null when the argument is not that shape. */
function recordIdsOf(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const ids: string[] = [];
  for (const item of value as unknown[]) {
    const id = (item as { recordId?: unknown } | null)?.recordId;
    if (typeof id !== 'string') return null;
    ids.push(id);
  }
  return ids;
}

export function notifyRecordUpdateAvailable(
  recordIds: readonly { recordId: string }[],
): Promise<void> {
  const ids = recordIdsOf(recordIds);
  if (!ids) return Promise.reject(new Error('notifyRecordUpdateAvailable expects [{ recordId }]'));
  for (const listener of listeners) listener(ids);
  return Promise.resolve();
}

/** The page's side: called with the Ids of records a component says changed. */
export function onRecordUpdateAvailable(listener: RecordListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
