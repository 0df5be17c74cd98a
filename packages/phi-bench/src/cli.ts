import { DEFAULT_ENGINE } from './engine.ts';

export interface Options {
  readonly quick: boolean;
  readonly json: string | undefined;
  readonly engine: string;
}

export const USAGE = `Usage: npm run bench:phi -- [--quick] [--json <file>] [--engine <module>]

  --quick            reduced run (fewer rounds, smaller peer samples) for a smoke test
  --json <file>      also write every number as JSON to <file>
  --engine <module>  module exporting scan(text) (default ${DEFAULT_ENGINE}; a path is
                     resolved from the working directory)`;

export function parseArgs(argv: readonly string[]): Options | 'help' {
  let quick = false;
  let json: string | undefined;
  let engine = DEFAULT_ENGINE;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--json') json = value();
    else if (arg === '--engine') engine = value();
    else if (arg === '--help' || arg === '-h') return 'help';
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return { quick, json, engine };
}

/**
 * Run sizes. The caps bound a full run to about 3 minutes even when a peer (or our engine) is
 * slow: an adversarial call of ours is stopped at 50x its 100 ms target, which is a FAIL anyway.
 */
export interface Plan {
  readonly throughput: {
    warmupRounds: number;
    rounds: number;
    minRoundMs: number;
    peerRoundCapMs: number;
  };
  readonly latency: {
    messages: number;
    warmup: number;
    passes: number;
    peerSamples: number;
    peerMs: number;
  };
  readonly adversarial: {
    oursRepeats: number;
    oursTimeoutMs: number;
    peerRepeats: number;
    peerStepTimeoutMs: number;
    peerInputBudgetMs: number;
  };
}

export function plan(quick: boolean): Plan {
  return quick
    ? {
        throughput: { warmupRounds: 1, rounds: 3, minRoundMs: 50, peerRoundCapMs: 300 },
        latency: { messages: 200, warmup: 10, passes: 1, peerSamples: 40, peerMs: 1500 },
        adversarial: {
          oursRepeats: 1,
          oursTimeoutMs: 2000,
          peerRepeats: 1,
          peerStepTimeoutMs: 400,
          peerInputBudgetMs: 600,
        },
      }
    : {
        throughput: { warmupRounds: 2, rounds: 7, minRoundMs: 200, peerRoundCapMs: 1000 },
        latency: { messages: 200, warmup: 20, passes: 5, peerSamples: 200, peerMs: 5000 },
        adversarial: {
          oursRepeats: 3,
          oursTimeoutMs: 5000,
          peerRepeats: 3,
          peerStepTimeoutMs: 1200,
          peerInputBudgetMs: 1500,
        },
      };
}
