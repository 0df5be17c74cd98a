/**
 * The whole local org, started and stopped as one: the real gateway in a child process, the
 * package's Apex in apex-runtime against the seeded org (its callouts reaching that gateway),
 * the sync scheduled by the admin as Setup would, the scheduler's timer, the page bundled from
 * the package's components, and the server on 127.0.0.1.
 */
import { join } from 'node:path';
import { createProjectRuntime, type ProjectRuntime } from '@securesend/apex-runtime';
import { addPageApex } from './apex-classes.ts';
import { auraMethodFacts, callAura } from './aura.ts';
import { connectGateway } from './gateway-connection.ts';
import { startGatewayProcess } from './gateway-process.ts';
import { bundleHostPage } from './page-build/bundle-page.ts';
import { sendSecurelyAction } from './quick-action.ts';
import { LocalScheduler, type SchedulerTick } from './scheduler.ts';
import { seedLocalOrg, type SeededOrg } from './seed.ts';
import { startLocalOrgServer } from './server.ts';

/** The only quick action component the record page opens. */
const ACTION_COMPONENT = 'secureSendAction';

export interface LocalOrgOptions {
  repoRoot: string;
  /** The page's port (0: any free one). */
  port: number;
  /** The gateway's port (0: any free one). */
  gatewayPort: number;
  /** Emptied on start: the gateway's database, keyring and outbox. */
  dataDir: string;
  /** Seconds between the scheduler's ticks; 0 turns the timer off. */
  syncIntervalSeconds: number;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
  /** A tick that failed (the timer's; the page shows its own). */
  onTickFailure?: (tick: SchedulerTick) => void;
}

export interface RunningLocalOrg {
  url: string;
  gatewayUrl: string;
  seeded: SeededOrg;
  stop(): Promise<void>;
}

function scheduleSyncAsAdmin(runtime: ProjectRuntime, seeded: SeededOrg): void {
  const result = callAura(runtime, {
    classname: 'SecureSendSetupController',
    method: 'scheduleSync',
    params: {},
    userId: seeded.users.admin,
  });
  if (!result.ok) throw new Error(`Scheduling the status sync failed: ${result.error.message}`);
}

export async function startLocalOrg(options: LocalOrgOptions): Promise<RunningLocalOrg> {
  const progress = options.progress ?? (() => undefined);
  const action = sendSecurelyAction(options.repoRoot);
  if (action.component !== ACTION_COMPONENT) {
    throw new Error(
      `The Send Securely quick action opens ${action.component}; the page knows ${ACTION_COMPONENT}`,
    );
  }
  progress('loading the package Apex and the seeded org');
  const runtime = createProjectRuntime(options.repoRoot);
  addPageApex(runtime);
  const seeded = seedLocalOrg(runtime, options.repoRoot);
  progress('bundling the page');
  const labels = new Map(
    [...runtime.org.labels().values()].map((label) => [label.name, label.value]),
  );
  const script = await bundleHostPage({
    repoRoot: options.repoRoot,
    sources: {
      auraMethod: (classname, method) => auraMethodFacts(runtime, classname, method),
      labels,
    },
  });
  progress('starting the gateway');
  const gateway = await startGatewayProcess({
    repoRoot: options.repoRoot,
    dataDir: join(options.dataDir, 'gateway'),
    port: options.gatewayPort,
  });
  try {
    connectGateway(runtime, options.repoRoot, gateway);
    scheduleSyncAsAdmin(runtime, seeded);
    const scheduler = new LocalScheduler(runtime);
    const server = await startLocalOrgServer({
      runtime,
      seeded,
      port: options.port,
      page: {
        script,
        quickActionLabel: action.label,
        syncIntervalSeconds: options.syncIntervalSeconds,
      },
      outboxDir: gateway.outboxDir,
      scheduler,
    });
    const timer =
      options.syncIntervalSeconds > 0
        ? setInterval(() => {
            // runQueuedJobs reports job failures as outcomes; a throw here would be a runtime
            // bug outside any job, and must not end the process either.
            try {
              const tick = scheduler.tick();
              if (tick.outcomes.some((outcome) => !outcome.ok)) options.onTickFailure?.(tick);
            } catch (error) {
              progress(
                `the scheduler failed: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }, options.syncIntervalSeconds * 1000)
        : undefined;
    return {
      url: server.url,
      gatewayUrl: gateway.url,
      seeded,
      stop: async () => {
        clearInterval(timer);
        await server.close();
        await gateway.stop();
      },
    };
  } catch (error) {
    await gateway.stop();
    throw error;
  }
}
