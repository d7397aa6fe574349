import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/paths';

/**
 * No container engine runs here, so `docker compose up` is checked for what can be seen without one:
 * the compose file names Neo4j and the app with their health checks and wiring, and the image runs the
 * README's own set-up commands.
 */
interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
  ports?: string[];
}

const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');

describe('docker compose up', () => {
  it('has Neo4j 5 community and the app, each with a health check, the app waiting for a healthy Neo4j', () => {
    const { neo4j, app } = compose.services;
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
    expect(neo4j?.image).toMatch(/^neo4j:5\.\d+-community$/);
    expect(neo4j?.healthcheck?.test?.join(' ')).toContain('cypher-shell');
    expect(app?.build).toBe('.');
    expect(app?.healthcheck?.test?.join(' ')).toContain('/healthz');
    expect(app?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app?.ports).toEqual(['4000:4000']);
  });

  it("wires the app to the neo4j service with Neo4j's own credentials", () => {
    const { neo4j, app } = compose.services;
    const [user, password] = String(neo4j?.environment?.NEO4J_AUTH).split('/');
    expect(app?.environment).toEqual({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USER: user, NEO4J_PASSWORD: password });
  });

  it("builds an image that runs the README's set-up commands, listening beyond the container", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const setup = /```sh\n(npm install) && (npm start)\s/.exec(readme);
    expect(setup).not.toBeNull();
    expect(dockerfile).toMatch(new RegExp(`^RUN ${setup![1]}\\b`, 'm'));
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect((JSON.parse(cmd![1]!) as string[]).join(' ')).toBe(setup![2]);
    expect(dockerfile).toMatch(/^ENV HOST=0\.0\.0\.0\b/m);
  });

  it('is valid for docker compose itself where the docker client has the compose plugin', () => {
    const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    if (plugin.status !== 0) {
      process.stderr.write('compose.test.ts: `docker compose config` not run: the docker client here has no compose plugin\n');
      return;
    }
    const r = spawnSync('docker', ['compose', 'config', '--quiet'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
