/**
 * `lightning/refresh` in the local org. A component registers a handler with
 * registerRefreshHandler; a RefreshEvent dispatched anywhere on the page reaches the page
 * (localorg/app), which calls every registered handler, as a record page's refresh container
 * does, so a sent message shows in the history without a reload.
 */
export const REFRESH_EVENT_NAME = 'lightning__refreshevent';

export class RefreshEvent extends CustomEvent<undefined> {
  constructor() {
    super(REFRESH_EVENT_NAME, { bubbles: true, composed: true });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

type RefreshHandler = () => Promise<boolean> | boolean;

const handlers = new Map<number, RefreshHandler>();
let nextId = 1;

export function registerRefreshHandler(_contextElement: unknown, handler: RefreshHandler): number {
  const id = nextId;
  nextId += 1;
  handlers.set(id, handler);
  return id;
}

export function unregisterRefreshHandler(id: number): void {
  handlers.delete(id);
}

/** The page's side: runs every registered handler; resolves when all have finished. */
export async function refreshView(): Promise<void> {
  await Promise.all([...handlers.values()].map((handler) => Promise.resolve(handler())));
}
