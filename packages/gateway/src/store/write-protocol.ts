/** The messages between the store (request thread) and its writer thread. */
import type { WriteName } from './sqlite-writes.ts';

export interface WriteRequest {
  readonly id: number;
  readonly name: WriteName;
  readonly args: readonly unknown[];
}

/** An error as it can cross threads: no stack, and only what SQLite or the code put in it. */
export interface WriteError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

export type WriteOutcome =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WriteError };

export type ToWriter =
  { readonly type: 'batch'; readonly writes: readonly WriteRequest[] } | { readonly type: 'close' };

export type FromWriter =
  | { readonly type: 'committed'; readonly outcomes: readonly WriteOutcome[] }
  /** The COMMIT itself failed (disk full, I/O error): nothing in the batch is durable. */
  | { readonly type: 'batch-failed'; readonly error: WriteError }
  | { readonly type: 'closed' };

export function toWriteError(error: unknown): WriteError {
  const e = error as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
  };
}

export function fromWriteError(error: WriteError): Error {
  return Object.assign(new Error(error.message), {
    name: error.name,
    ...(error.code ? { code: error.code } : {}),
  });
}
