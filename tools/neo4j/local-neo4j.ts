import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The local Neo4j 5.26 for development and tests (npm run neo4j, and npm test's Neo4j half): the jars
 * pinned by tools/neo4j/pom.xml are fetched once from Maven Central into .neo4j/ (git-ignored), and
 * Launcher.java runs the database with Bolt on 127.0.0.1.
 */

/** The folder holding package.json: tools/neo4j's grandparent from source, one more up from dist/. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const REPO_ROOT = repoRoot();
const TOOL_DIR = join(REPO_ROOT, 'tools', 'neo4j');
const CACHE_DIR = join(REPO_ROOT, '.neo4j');
const LIB_DIR = join(CACHE_DIR, 'lib');
const CLASSES_DIR = join(CACHE_DIR, 'classes');
/** Records which pom.xml and Launcher.java the cache was built from, so an edit of either refreshes it. */
const STAMP = join(CACHE_DIR, 'built-from');

export const LOCAL_NEO4J_DEFAULTS = {
  port: 7687,
  dataDir: join(CACHE_DIR, 'data'),
  /** For local use only; Neo4j wants at least 8 characters. docker-compose.yml uses the same. */
  password: 'insider-graph',
  user: 'neo4j',
} as const;

export interface LocalNeo4jOptions {
  dataDir?: string;
  port?: number;
  /** Independent databases on port, port + 1, ...: one per parallel test worker. */
  instances?: number;
  password?: string;
  /** Extra heap for the JVM, in MiB, per instance (the page cache is set to 256 MiB each). */
  heapMiBPerInstance?: number;
  /** Called with every line the launcher prints on stderr (Neo4j's own log goes to its data folder). */
  onLog?: (line: string) => void;
}

export interface LocalNeo4j {
  uris: string[];
  user: string;
  password: string;
  /** Shuts the databases down cleanly (SIGTERM, then waits for the JVM to exit). */
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of ['pom.xml', 'Launcher.java']) h.update(readFileSync(join(TOOL_DIR, f)));
  return h.digest('hex');
}

function cacheIsCurrent(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}

function run(command: string, args: string[], what: string): void {
  const r = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.error && 'code' in r.error && r.error.code === 'ENOENT') throw new LocalNeo4jError(`local-neo4j: ${what}: no ${command} on the PATH (apt-get install openjdk-17-jdk-headless maven)`);
  if (r.status !== 0) {
    const detail = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter((l) => /ERROR|error:/.test(l))[0] ?? r.error?.message ?? `exit ${r.status}`;
    throw new LocalNeo4jError(`local-neo4j: ${what} failed: ${detail.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
  }
}

/** Fetches the jars and compiles the launcher unless the cache already holds this pom's and launcher's build. */
export function prepareLocalNeo4j(log: (line: string) => void = () => {}): void {
  if (cacheIsCurrent()) return;
  log('local-neo4j: fetching Neo4j from Maven Central into .neo4j/lib (once)');
  const staging = `${LIB_DIR}.partial`;
  rmSync(staging, { recursive: true, force: true });
  run('mvn', ['-q', '-B', '-f', join(TOOL_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`], 'fetching the Neo4j jars with Maven');
  rmSync(LIB_DIR, { recursive: true, force: true });
  renameSync(staging, LIB_DIR);
  rmSync(CLASSES_DIR, { recursive: true, force: true });
  mkdirSync(CLASSES_DIR, { recursive: true });
  run('javac', ['-nowarn', '-d', CLASSES_DIR, '-cp', join(LIB_DIR, '*'), join(TOOL_DIR, 'Launcher.java')], 'compiling tools/neo4j/Launcher.java');
  writeFileSync(STAMP, sourceHash());
}

/** Starts the databases and resolves once every Bolt port answers; rejects with the launcher's one-line reason. */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const port = options.port ?? LOCAL_NEO4J_DEFAULTS.port;
  const instances = options.instances ?? 1;
  const password = options.password ?? LOCAL_NEO4J_DEFAULTS.password;
  const dataDir = resolve(options.dataDir ?? LOCAL_NEO4J_DEFAULTS.dataDir);
  const heap = (options.heapMiBPerInstance ?? 768) * instances;
  prepareLocalNeo4j(options.onLog);
  const child = spawn('java', [`-Xmx${heap}m`, '-XX:+UseSerialGC', '-cp', [CLASSES_DIR, join(LIB_DIR, '*')].join(delimiter), 'Launcher', dataDir, String(port), String(instances)], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const uris = await readyUris(child, instances, options.onLog);
  return {
    uris,
    user: LOCAL_NEO4J_DEFAULTS.user,
    password,
    stop: () => stopChild(child),
  };
}

function readyUris(child: ChildProcess, instances: number, onLog?: (line: string) => void): Promise<string[]> {
  return new Promise((resolveUris, reject) => {
    const uris: string[] = [];
    let failure: string | undefined;
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.startsWith('local-neo4j: ')) failure = line;
      onLog?.(line);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^NEO4J_URI=(\S+)$/.exec(line);
      if (!m) return;
      uris.push(m[1]!);
      if (uris.length === instances) resolveUris(uris);
    });
    child.on('error', (e) => reject(new LocalNeo4jError(`local-neo4j: cannot run java (${e.message}); install OpenJDK 17: apt-get install openjdk-17-jdk-headless`)));
    child.on('exit', (code, signal) => {
      if (uris.length < instances) reject(new LocalNeo4jError(failure ?? `local-neo4j: Neo4j stopped before it was ready (${signal ?? `exit ${code}`})`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    // A clean shutdown checkpoints the stores; past a minute something is wrong, and SIGKILL ends it.
    const hard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(hard);
      done();
    });
    child.kill('SIGTERM');
  });
}
