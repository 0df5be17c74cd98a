/**
 * Java tooling the Apex gates run on: apex-ls (semantic check) and the standard SObject types
 * from the jars in @salesforce/code-analyzer-pmd-engine, PMD 7 from @salesforce/sfdx-scanner.
 * Both npm packages are pinned in package.json, so the jar versions are pinned too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ToolingError } from './diagnostics.ts';
import { repoRoot } from './project.ts';

const INSTALL_HINT =
  'Install Java 17 (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`; ' +
  'or run `npm run setup`, which does it), or set JAVA_HOME to one.';

/** The JDK command `name` (java, javap), from JAVA_HOME first, then PATH. */
export function jdkCommand(name: 'java'): string {
  const candidates = [
    process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', name),
    name,
  ].filter((candidate): candidate is string => Boolean(candidate));
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) continue;
    const version = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1];
    if (name === 'java' && version !== undefined && Number(version) < 11) {
      throw new ToolingError(
        `Java ${version} is too old for the Apex checks (need 11+, 17 tested). ${INSTALL_HINT}`,
      );
    }
    return candidate;
  }
  throw new ToolingError(
    `\`${name}\` was not found: the Apex checks need Java 17. ${INSTALL_HINT}`,
  );
}

function jarDirectory(packageName: string, subPath: string, mustContain: RegExp): string {
  const dir = join(repoRoot, 'node_modules', packageName, subPath);
  const jars = existsSync(dir) ? readdirSync(dir) : [];
  if (!jars.some((jar) => mustContain.test(jar))) {
    throw new ToolingError(
      `${dir} has no ${mustContain.source} jar. Run \`npm ci\` (the jars ship inside the pinned npm package ${packageName}).`,
    );
  }
  return dir;
}

/** apex-ls, the Apex parser and the standard SObject/platform types (one folder of jars). */
export function apexLsJarDirectory(): string {
  return jarDirectory('@salesforce/code-analyzer-pmd-engine', 'dist/java-lib', /^apex-ls_.*\.jar$/);
}

/** The jar describing every standard SObject as a Java class (fields, lookups, child relationships). */
export function sobjectTypesJar(): string {
  const dir = apexLsJarDirectory();
  const jar = readdirSync(dir).find((name) => /^sobject-types-.*\.jar$/.test(name));
  if (!jar) throw new ToolingError(`${dir} has no sobject-types jar. Run \`npm ci\`.`);
  return join(dir, jar);
}

/** PMD 7 with its CLI (pmd-engine ships PMD without the CLI, so this one comes from sfdx-scanner). */
export function pmdJarDirectory(): string {
  return jarDirectory('@salesforce/sfdx-scanner', 'dist/pmd7/lib', /^pmd-cli-.*\.jar$/);
}

export interface JavaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `java -cp <dir>/* <mainClass> args` without blocking, so independent JVM tools can run
 * side by side; bounded so a wedged JVM cannot hang CI.
 */
export function runJava(
  classpathDir: string,
  mainClass: string,
  args: string[],
  timeoutMs = 300_000,
): Promise<JavaRun> {
  const java = jdkCommand('java');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(java, ['-cp', join(classpathDir, '*'), mainClass, ...args], {
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      reject(new ToolingError(`${mainClass} could not run: ${error.message}`)),
    );
    child.on('close', (status, signal) => {
      if (signal)
        reject(
          new ToolingError(`${mainClass} was stopped by ${signal} (timeout ${timeoutMs / 1000}s?)`),
        );
      else resolvePromise({ status, stdout, stderr });
    });
  });
}
