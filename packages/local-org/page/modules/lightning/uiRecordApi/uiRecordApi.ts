/**
 * `lightning/uiRecordApi` in the local org: only what the package's components use.
 * notifyRecordUpdateAvailable tells the page that records changed; the page re-reads them (the
 * Case highlights and details), as Lightning Data Service refreshes its cache. Anything else
 * this module would export in Lightning is absent on purpose: importing it fails the page's
 * build, so a component never half-works here.
 */
type RecordListener = (recordIds: string[]) => void;

const listeners = new Set<RecordListener>();

export function notifyRecordUpdateAvailable(
  recordIds: readonly { recordId: string }[],
): Promise<void> {
  if (!Array.isArray(recordIds) || recordIds.some((item) => typeof item?.recordId !== 'string')) {
    return Promise.reject(new Error('notifyRecordUpdateAvailable expects [{ recordId }]'));
  }
  const ids = recordIds.map((item) => item.recordId);
  for (const listener of listeners) listener(ids);
  return Promise.resolve();
}

/** The page's side: called with the Ids of records a component says changed. */
export function onRecordUpdateAvailable(listener: RecordListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
