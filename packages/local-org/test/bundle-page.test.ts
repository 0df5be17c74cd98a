/**
 * The page build fails visibly when a component imports what the local org does not emulate (a
 * platform module, an Apex method or a label that does not exist), rather than bundling a page
 * that half-works; what it does emulate becomes code calling the local org. The entries are tiny
 * fixtures (test/fixtures/page), so no bundle pulls in lightning-base-components' components.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleHostPage } from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/page/${name}.js`, import.meta.url));
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Fake project facts: FixtureController.getGreeting (cacheable), .saveGreeting, one label. */
function fakeSources() {
  const asked: string[] = [];
  return {
    asked,
    sources: {
      auraMethod(classname: string, method: string) {
        asked.push(`${classname}.${method}`);
        if (classname === 'FixtureController' && method === 'getGreeting') {
          return { cacheable: true };
        }
        if (classname === 'FixtureController' && method === 'saveGreeting') {
          return { cacheable: false };
        }
        return `No @AuraEnabled static method ${classname}.${method}`;
      },
      labels: new Map([['Fixture_Greeting', 'Hello "fixture" \u2013 welcome']]),
    },
  };
}

async function rejection(name: string): Promise<{ message: string; asked: string[] }> {
  const { asked, sources } = fakeSources();
  try {
    await bundleHostPage({ repoRoot: REPO_ROOT, sources, input: fixture(name) });
  } catch (error) {
    assert.ok(error instanceof Error, String(error));
    return { message: error.message, asked };
  }
  return assert.fail(`bundling ${name} succeeded`);
}

describe('bundling the local page', () => {
  it('fails on a platform module nothing provides, naming it and its importer', async () => {
    const { message } = await rejection('not-emulated');
    assert.match(
      message,
      new RegExp(
        `^The local org does not provide lightning/messageService \\(imported by ${escaped(fixture('not-emulated'))}\\): `,
      ),
    );
  });

  it('fails on a base component that needs a platform module the local org does not emulate', async () => {
    const { message } = await rejection('platform-navigation');
    assert.match(
      message,
      /^The local org does not provide force\/navigation \(imported by \S+\/lightning-base-components\/src\/lightning\/navigation\/navigation\.js\): /,
    );
  });

  it("fails on an Apex method the project cannot provide, with the sources' reason", async () => {
    const { message, asked } = await rejection('unknown-apex');
    assert.deepEqual(asked, ['NoSuchClass.method']);
    assert.match(
      message,
      /^\[plugin local-org-platform-modules\] @salesforce\/apex\/NoSuchClass\.method \(imported by \S*unknown-apex\.js\): No @AuraEnabled static method NoSuchClass\.method$/,
    );
  });

  it('fails on a custom label the project does not have, naming it', async () => {
    const { message, asked } = await rejection('unknown-label');
    assert.deepEqual(asked, []);
    assert.match(
      message,
      /^\[plugin local-org-platform-modules\] @salesforce\/label\/c\.NoSuchLabel \(imported by \S*unknown-label\.js\): no custom label named NoSuchLabel in the project$/,
    );
  });

  it("bundles labels as their values and Apex methods as calls to the local org's transport", async () => {
    const { asked, sources } = fakeSources();
    const code = await bundleHostPage({
      repoRoot: REPO_ROOT,
      sources,
      input: fixture('known-imports'),
    });
    assert.deepEqual(asked.sort(), [
      'FixtureController.getGreeting',
      'FixtureController.saveGreeting',
    ]);
    assert.ok(code.includes(JSON.stringify('Hello "fixture" \u2013 welcome')), code);
    // Only the cacheable method becomes a wire adapter too (the third argument).
    assert.ok(code.includes('auraEnabledMethod("FixtureController", "getGreeting", true)'), code);
    assert.ok(code.includes('auraEnabledMethod("FixtureController", "saveGreeting", false)'), code);
    // The transport posts to the local org's endpoint as the page's persona.
    assert.ok(code.includes("fetch('/api/apex'"), code);
    assert.match(code, /^export \{ .*\bgetGreeting\b.*\bgreeting\b.*\bsaveGreeting\b.* \};$/m);
  });
});
