/**
 * The conformance suite (conformance/<topic>/<Name>.cls): each program runs without an org and
 * its System.debug messages must equal <Name>.expected exactly. Programs marked `requires: org`
 * are skipped without an org, visibly, and run against the in-memory org of this repository.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  findConformancePrograms,
  requiresOrg,
  runConformanceProgram,
} from '../src/runner/conformance.ts';
import { loadProjectWithOrg } from '../src/runner/project-loader.ts';

const CONFORMANCE_DIR = fileURLToPath(new URL('../conformance', import.meta.url));

describe('conformance programs (no org)', () => {
  for (const program of findConformancePrograms(CONFORMANCE_DIR)) {
    it(`${program.topic}/${program.name}`, (t) => {
      const outcome = runConformanceProgram(program, null);
      if (outcome.status === 'skipped') {
        t.skip(`skipped (${outcome.reason})`);
        return;
      }
      // An error first: it explains a short or empty output better than the diff does.
      assert.equal(outcome.status === 'fail' ? outcome.error : null, null);
      assert.deepEqual(outcome.output, program.expected);
    });
  }
});

// The org-mode programs run against the in-memory org of this repository's sfdx project.
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('conformance programs (in-memory org)', () => {
  const project = loadProjectWithOrg(REPO_ROOT);
  for (const program of findConformancePrograms(CONFORMANCE_DIR).filter((p) => p.requiresOrg)) {
    it(`${program.topic}/${program.name}`, () => {
      const outcome = runConformanceProgram(program, project.org, project.natives);
      assert.equal(outcome.status === 'fail' ? outcome.error : null, null);
      assert.deepEqual(outcome.status === 'skipped' ? null : outcome.output, program.expected);
    });
  }
});

describe('conformance harness', () => {
  it('reads `requires: org` from the header comment only', () => {
    assert.equal(requiresOrg('// requires: org\npublic class A {}'), true);
    assert.equal(requiresOrg('/**\n * requires: org\n */\npublic class A {}'), true);
    assert.equal(requiresOrg('public class A {\n  // requires: org\n}'), false);
  });

  it('finds every program with its expected lines and header citation', () => {
    const programs = findConformancePrograms(CONFORMANCE_DIR);
    assert.ok(programs.length >= 15);
    for (const program of programs) {
      assert.ok(program.expected.length > 0, `${program.name}.expected is empty`);
      assert.match(program.source, /https:\/\//, `${program.name}.cls cites no documentation`);
    }
  });
});
