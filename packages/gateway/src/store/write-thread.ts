/**
 * The writer thread: the only connection that writes. It commits each batch the store sends
 * as one transaction, each write in its own savepoint (one failing write rolls back alone),
 * and answers only after COMMIT, so the fsync that makes a send durable never blocks the
 * request thread, and every write that queued during one fsync shares the next.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './database.ts';
import { SqliteWrites, WRITE_NAMES, type WriteName } from './sqlite-writes.ts';
import { StatementCache } from './statements.ts';
import {
  type FromWriter,
  type ToWriter,
  type WriteOutcome,
  type WriteRequest,
  toWriteError,
} from './write-protocol.ts';

if (!parentPort) throw new Error('write-thread.ts runs only as a worker thread');
const port = parentPort;
const db = openDatabase((workerData as { file: string }).file);
const writes = new SqliteWrites(new StatementCache(db));
const known = new Set<string>(WRITE_NAMES);

port.on('message', (message: ToWriter) => {
  if (message.type === 'close') {
    db.close();
    send({ type: 'closed' });
    port.close();
    return;
  }
  send(commit(message.writes));
});

function commit(batch: readonly WriteRequest[]): FromWriter {
  const outcomes: WriteOutcome[] = [];
  try {
    db.transaction(() => {
      for (const write of batch) {
        try {
          // A nested better-sqlite3 transaction is a savepoint.
          const value = db.transaction(() => run(write.name, write.args))();
          outcomes.push({ id: write.id, ok: true, value });
        } catch (error) {
          outcomes.push({ id: write.id, ok: false, error: toWriteError(error) });
        }
      }
    }).immediate();
  } catch (error) {
    return { type: 'batch-failed', error: toWriteError(error) };
  }
  return { type: 'committed', outcomes };
}

function run(name: WriteName, args: readonly unknown[]): unknown {
  if (!known.has(name)) throw new Error(`unknown write ${String(name)}`);
  // The arguments were typed on the request thread (WriterClient.write); here they are data.
  const byName = writes as unknown as Record<WriteName, (...a: readonly unknown[]) => unknown>;
  return byName[name](...args);
}

function send(message: FromWriter): void {
  port.postMessage(message);
}
