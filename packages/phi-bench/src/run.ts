/**
 * npm run bench:phi -- [--quick] [--json <file>] [--engine <module>]
 *
 * Accuracy (presidio synthetic data, CSR corpus), speed and linear-time checks of our engine,
 * side by side with npm peers. Exit code 0 whether or not targets are met (it is a report);
 * 1 when the engine is missing or crashes; 2 when benchmark data is missing.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { runOursAdversarial, runPeerAdversarial, type PeerAdversarialRow } from './adversarial.ts';
import { IDENTIFIER_CATEGORIES, PHI_CATEGORIES } from './categories.ts';
import { parseArgs, plan, USAGE, type Options } from './cli.ts';
import { CORPUS_SPLITS, loadCorpus, type CorpusSplit } from './corpus.ts';
import { createOurDetector, loadScan, OUR_NAME } from './engine.ts';
import { evaluate, type EvalDoc, type EvalResult } from './evaluate.ts';
import { buildMessages } from './messages.ts';
import { createPeers, REDACT_PII } from './peers/index.ts';
import { loadPresidio, PRESIDIO_PATH, PRESIDIO_SCORED_CATEGORIES } from './presidio.ts';
import { ms } from './report.ts';
import { metrics, type Counts, type Score } from './scoring.ts';
import {
  categoryTable,
  comparisonTable,
  oursAdversarialTable,
  peerAdversarialTable,
  recallMatrix,
  speedTable,
  targetsTable,
} from './sections.ts';
import { measureLatency, measureThroughput } from './speed.ts';
import {
  ADVERSARIAL_MS,
  adversarialTarget,
  corpusTargets,
  presidioTargets,
  PRESIDIO_RECALL_TARGETS,
  speedTargets,
  type TargetRow,
} from './targets.ts';
import type { Detector } from './types.ts';

class DataMissing extends Error {}

function print(text: string): void {
  process.stdout.write(`${text}\n\n`);
}

function countsJson(counts: Counts) {
  return { ...counts, ...metrics(counts) };
}

function scoreJson(score: Score) {
  return {
    docs: score.docs,
    byCategory: Object.fromEntries(
      [...score.byCategory].map(([category, counts]) => [category, countsJson(counts)]),
    ),
    micro: countsJson(score.micro),
    agnostic: countsJson(score.agnostic),
    unmappedPredictions: score.unmappedPredictions,
  };
}

function evalJson(result: EvalResult) {
  return { ...result, score: scoreJson(result.score) };
}

async function run(options: Options): Promise<number> {
  const started = performance.now();
  const sizes = plan(options.quick);
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  let presidio;
  try {
    presidio = loadPresidio();
  } catch (error) {
    throw new DataMissing(String(error instanceof Error ? error.message : error));
  }
  const corpus = await loadCorpus();

  const scan = await loadScan(options.engine);
  const ours = createOurDetector(scan);
  const peers = createPeers();
  const detectors: Detector[] = [ours, ...peers];

  print(
    [
      `PHI detection benchmark (${options.quick ? 'quick' : 'full'} run)`,
      `engine: ${options.engine}; node ${process.version}; ${os.cpus().length} CPUs; ${new Date().toISOString()}`,
      `presidio: ${presidio.length} records (${PRESIDIO_PATH})`,
      `CSR corpus: ${CORPUS_SPLITS.map((split) => `${split} ${corpus.splits[split]?.length ?? 'MISSING'}`).join(', ')}`,
      ...corpus.missing.map((why) => `  NOT AVAILABLE: ${why}`),
      `peers: ${peers.map((peer) => peer.name).join(', ')}`,
    ].join('\n'),
  );

  // Accuracy on presidio.
  const presidioDocs: EvalDoc[] = presidio.map(({ text, gold }) => ({ text, gold }));
  const presidioResults: EvalResult[] = [];
  for (const detector of detectors) {
    presidioResults.push(
      await evaluate(detector, presidioDocs, PRESIDIO_SCORED_CATEGORIES, detector === ours),
    );
  }
  const [oursPresidio] = presidioResults as [EvalResult, ...EvalResult[]];
  print(
    categoryTable(
      `== ${OUR_NAME} on presidio-synth-v2 (span overlap; ZIP_CODE ~ STREET_ADDRESS) ==`,
      oursPresidio,
      PRESIDIO_SCORED_CATEGORIES,
      PHI_CATEGORIES,
      new Map(PRESIDIO_RECALL_TARGETS),
    ),
  );
  print(
    comparisonTable(
      '== presidio-synth-v2: all detectors (agn. = category-agnostic; cat. = category-aware micro via label mappings) ==',
      presidioResults,
      false,
    ),
  );
  print(
    recallMatrix(
      '== presidio-synth-v2: category-aware recall by category ==',
      presidioResults,
      PRESIDIO_SCORED_CATEGORIES,
    ),
  );

  // Accuracy on the CSR corpus.
  const corpusResults: Partial<Record<CorpusSplit, EvalResult[]>> = {};
  for (const split of CORPUS_SPLITS) {
    const splitMessages = corpus.splits[split];
    if (splitMessages === undefined) {
      print(`== CSR corpus ${split}: skipped (not available) ==`);
      continue;
    }
    const docs: EvalDoc[] = splitMessages.map(({ text, gold, negative }) => ({
      text,
      gold,
      negative,
    }));
    const results: EvalResult[] = [];
    for (const detector of detectors) {
      results.push(await evaluate(detector, docs, PHI_CATEGORIES, detector === ours));
    }
    corpusResults[split] = results;
    const [oursSplit] = results as [EvalResult, ...EvalResult[]];
    const { total, flagged } = oursSplit.negatives;
    print(
      `${categoryTable(
        `== ${OUR_NAME} on CSR corpus: ${split} (${docs.length} messages) ==`,
        oursSplit,
        PHI_CATEGORIES,
        PHI_CATEGORIES,
      )}\nPHI-free messages with >= 1 finding: ${flagged}/${total}`,
    );
    print(comparisonTable(`== CSR corpus ${split}: all detectors ==`, results, true));
  }

  // Speed.
  const texts = presidio.map((record) => record.text);
  const pieces = [
    ...texts,
    ...CORPUS_SPLITS.flatMap((split) => (corpus.splits[split] ?? []).map((m) => m.text)),
  ];
  const messages = buildMessages(pieces, sizes.latency.messages);
  const throughput = await measureThroughput(detectors, texts, {
    warmupRounds: sizes.throughput.warmupRounds,
    rounds: sizes.throughput.rounds,
    minRoundMs: sizes.throughput.minRoundMs,
    roundCapMs: (detector) => (detector === ours ? undefined : sizes.throughput.peerRoundCapMs),
  });
  const latency = await measureLatency(detectors, messages, {
    warmup: sizes.latency.warmup,
    passes: sizes.latency.passes,
    cap: (detector) =>
      detector === ours
        ? undefined
        : { samples: sizes.latency.peerSamples, ms: sizes.latency.peerMs },
  });
  const meanLength = messages.reduce((sum, message) => sum + message.length, 0) / messages.length;
  print(
    `${speedTable(
      `== speed: throughput on presidio texts (median of ${sizes.throughput.rounds} rounds), latency per ~10 KB message ==`,
      throughput,
      latency,
      REDACT_PII,
    )}\n${messages.length} messages of ${Math.round(meanLength)} chars on average (presidio records + CSR messages, seeded shuffle); ` +
      `${OUR_NAME}: ${sizes.latency.passes} pass(es) over them; peers capped at ${sizes.latency.peerSamples} scans or ` +
      `${sizes.latency.peerMs / 1000} s each, throughput rounds capped at ${sizes.throughput.peerRoundCapMs} ms.`,
  );

  // Adversarial inputs.
  const oursAdversarial = await runOursAdversarial({
    engine: options.engine,
    repeats: sizes.adversarial.oursRepeats,
    timeoutMs: sizes.adversarial.oursTimeoutMs,
  });
  const heap =
    oursAdversarial.heapUsedBytes === null
      ? ''
      : `\nheap used (worker isolate) after the 1 MB scans: ${(oursAdversarial.heapUsedBytes / 2 ** 20).toFixed(1)} MiB`;
  print(
    oursAdversarialTable(
      `== ${OUR_NAME}: 1 MB adversarial inputs (median of ${sizes.adversarial.oursRepeats}) ==`,
      oursAdversarial,
      ADVERSARIAL_MS,
    ) + heap,
  );
  const peerAdversarial: PeerAdversarialRow[] = [];
  for (const peer of peers) {
    peerAdversarial.push(
      ...(await runPeerAdversarial(peer.name, {
        repeats: sizes.adversarial.peerRepeats,
        stepTimeoutMs: sizes.adversarial.peerStepTimeoutMs,
        inputBudgetMs: sizes.adversarial.peerInputBudgetMs,
      })),
    );
  }
  print(
    `${peerAdversarialTable('== peers: adversarial inputs at 5/10/20 KB ==', peerAdversarial)}\n` +
      `Each call capped at ${ms(sizes.adversarial.peerStepTimeoutMs)}, all sizes of one input at ${ms(sizes.adversarial.peerInputBudgetMs)} ` +
      '(a size whose predicted time does not fit is skipped); ' +
      '20/10 KB is about 2x when linear, 4x when quadratic; ~1 MB extrapolates with that exponent.',
  );

  // Targets.
  const targets: TargetRow[] = [
    ...presidioTargets(oursPresidio),
    ...CORPUS_SPLITS.flatMap((split) =>
      corpusTargets(split, corpusResults[split]?.[0], IDENTIFIER_CATEGORIES),
    ),
    ...speedTargets(OUR_NAME, REDACT_PII, throughput, latency),
    adversarialTarget(oursAdversarial.rows),
  ];
  print(targetsTable('== targets ==', targets));
  const passed = targets.filter((row) => row.pass === true).length;
  print(`${passed}/${targets.length} targets met; finished in ${elapsed()}.`);

  if (options.json !== undefined) {
    const report = {
      mode: options.quick ? 'quick' : 'full',
      engine: options.engine,
      node: process.version,
      date: new Date().toISOString(),
      plan: sizes,
      data: {
        presidio: { path: PRESIDIO_PATH, records: presidio.length },
        corpus: {
          messages: Object.fromEntries(
            CORPUS_SPLITS.map((split) => [split, corpus.splits[split]?.length ?? null]),
          ),
          missing: corpus.missing,
        },
      },
      presidio: presidioResults.map(evalJson),
      corpus: Object.fromEntries(
        Object.entries(corpusResults).map(([split, results]) => [split, results.map(evalJson)]),
      ),
      speed: { throughput, latency, messages: messages.length, meanMessageChars: meanLength },
      adversarial: { ours: oursAdversarial, peers: peerAdversarial },
      targets,
      seconds: (performance.now() - started) / 1000,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    print(`JSON written to ${options.json}`);
  }
  if (corpus.missing.length > 0) {
    process.stderr.write(
      `phi-bench: data missing:\n${corpus.missing.map((why) => `  ${why}\n`).join('')}`,
    );
    return 2;
  }
  return 0;
}

async function main(): Promise<void> {
  let options: Options | 'help';
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`phi-bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    process.exitCode = await run(options);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`phi-bench: ${message}\n`);
    process.exitCode = error instanceof DataMissing ? 2 : 1;
  }
}

await main();
