import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PHI_CATEGORY_SET } from './categories.ts';
import { REPO_ROOT } from './presidio.ts';
import type { LabeledSpan, PhiCategory } from './types.ts';

/** The engine's labeled CSR corpus (packages/phi-detect/test/corpus/corpus.ts). */
export const CORPUS_MODULE = path.join(REPO_ROOT, 'packages/phi-detect/test/corpus/corpus.ts');

export type CorpusSplit = 'dev' | 'holdout';
export const CORPUS_SPLITS: readonly CorpusSplit[] = ['dev', 'holdout'];

export interface CorpusMessage {
  readonly id: string;
  readonly tags: readonly string[];
  readonly text: string;
  readonly gold: readonly LabeledSpan[];
  /** Tagged `negative`: the message has no PHI. */
  readonly negative: boolean;
}

/** The corpus module's contract: loadCorpus(name) returns LabeledMessage[]. */
type LoadCorpus = (name: CorpusSplit) => unknown;

function asCategory(value: string): PhiCategory | null {
  return PHI_CATEGORY_SET.has(value) ? (value as PhiCategory) : null;
}

function toMessage(raw: unknown, where: string): CorpusMessage {
  const message = raw as { id?: unknown; tags?: unknown; text?: unknown; spans?: unknown };
  const { id, tags, text, spans } = message;
  if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(tags)) {
    throw new Error(`${where}: not a LabeledMessage`);
  }
  if (!Array.isArray(spans)) throw new Error(`${where} (${id}): spans missing`);
  const gold = spans.map((span: unknown, i): LabeledSpan => {
    const { category, start, end } = span as { category?: unknown; start?: unknown; end?: unknown };
    if (typeof category !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
      throw new Error(`${where} (${id}) span ${i}: bad span`);
    }
    if (start < 0 || end > text.length || start >= end) {
      throw new Error(`${where} (${id}) span ${i}: offsets out of range`);
    }
    return { start, end, label: category, category: asCategory(category) };
  });
  const tagList = tags.filter((tag): tag is string => typeof tag === 'string');
  return { id, tags: tagList, text, gold, negative: tagList.includes('negative') };
}

export interface Corpus {
  /** The splits that loaded. */
  readonly splits: Partial<Record<CorpusSplit, CorpusMessage[]>>;
  /** Why a split (or the whole corpus) is not there: it is written alongside the engine. */
  readonly missing: string[];
}

/**
 * Loads the splits that exist. Imported by path at run time so that this package type-checks
 * whether or not the corpus module exists yet; its shape is checked here instead.
 */
export async function loadCorpus(file = CORPUS_MODULE): Promise<Corpus> {
  if (!existsSync(file)) return { splits: {}, missing: [`CSR corpus module not found: ${file}`] };
  const module = (await import(pathToFileURL(file).href)) as { loadCorpus?: unknown };
  if (typeof module.loadCorpus !== 'function') {
    return { splits: {}, missing: [`${file} does not export loadCorpus(name)`] };
  }
  const load = module.loadCorpus as LoadCorpus;
  const corpus: Corpus = { splits: {}, missing: [] };
  for (const split of CORPUS_SPLITS) {
    let messages: unknown;
    try {
      messages = load(split);
    } catch (error) {
      corpus.missing.push(
        `CSR corpus ${split}: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    if (!Array.isArray(messages)) throw new Error(`loadCorpus('${split}') did not return an array`);
    corpus.splits[split] = messages.map((m: unknown, i) => toMessage(m, `corpus ${split}[${i}]`));
  }
  return corpus;
}
