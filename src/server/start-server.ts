import 'reflect-metadata';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pino, { type Logger } from 'pino';
import { checkCypher } from '../graph/cypher-check';
import { checkHealth } from '../graph/queries/health';
import type { GraphStore } from '../graph/store';
import { MAX_INPUT_BYTES } from '../parser';
import type { ApiContext, ApiSecrets } from '../resolvers/context';
import { createLoaders } from '../resolvers/loaders';
import { apiSchema } from '../schema/build';
import { bearerToken } from './auth';
import { NameIndex } from './name-index';
import { errorLogPlugin } from './error-log';
import { formatError } from './format-error';
import { applyHttpLimits, bodyErrors, cors, DEFAULT_HTTP_LIMITS, serverOptionsFor, type HttpLimits } from './http-limits';
import { DEFAULT_LIMITS, limitRules, type QueryLimits } from './limits';
import { defaultWebDir, mountGraphiql, mountWeb } from './web';

export interface ServerOptions {
  store: GraphStore;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  writeToken?: string;
  cypherToken?: string;
  cypherTimeoutMs?: number;
  limits?: Partial<QueryLimits>;
  /** Socket time limits; see DEFAULT_HTTP_LIMITS. */
  http?: Partial<HttpLimits>;
  /** Largest request body; by default room for a filing at the parser's size limit, JSON-escaped. */
  maxBodyBytes?: number;
  /** Origins whose pages may call the API (CORS); none by default (same-origin only), '*' for any. */
  corsOrigins?: string[];
  /** Stack traces in error responses; by default only when NODE_ENV=development. */
  development?: boolean;
  /** The built Explorer and GraphiQL (dist/web); by default this package's build when there is one, false for the API alone. */
  web?: string | false;
  /** Where errors the clients are not shown go (with their stack); by default JSON lines on stderr (pino). */
  logger?: Logger;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  /** The Explorer (web page) and, for browsers, GraphiQL at url; null when serving the API alone. */
  explorerUrl: string | null;
  /** Stops taking requests, lets those in flight finish, then stops. The store stays open: it is the caller's. */
  close: () => Promise<void>;
}

/** The GraphQL API over HTTP: POST/GET /graphql, GET /healthz (the store answers). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store } = options;
  const dev = options.development ?? process.env.NODE_ENV === 'development';
  const secrets: ApiSecrets = {
    ...(options.writeToken ? { writeToken: options.writeToken } : {}),
    ...(options.cypherToken ? { cypherToken: options.cypherToken } : {}),
    cypherTimeoutMs: options.cypherTimeoutMs ?? 5000,
  };
  // Neo4j's parser checks ad-hoc Cypher; it takes a second to load, which must not eat a query's time limit.
  if (secrets.cypherToken) checkCypher('RETURN 1');
  const names = new NameIndex(store);
  const app = express();
  const httpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
  const http = createServer(serverOptionsFor(httpLimits), app);
  applyHttpLimits(http, httpLimits);
  // Express would otherwise say so in an X-Powered-By header on every answer.
  app.disable('x-powered-by');
  // An ETag on a GraphQL answer means hashing every response body for a header no client uses on a POST.
  app.set('etag', false);
  app.use(cors(options.corsOrigins ?? []));
  const maxBody = options.maxBodyBytes ?? MAX_INPUT_BYTES * 2;
  const apollo = new ApolloServer<ApiContext>({
    schema: apiSchema(),
    validationRules: limitRules({ ...DEFAULT_LIMITS, ...options.limits }),
    formatError: formatError(dev),
    includeStacktraceInErrorResponses: dev,
    introspection: true,
    // No HTTP cache hints are set, and the cache-control plugin hooks every field resolution.
    // Apollo's own landing page loads from a CDN; browsers get the bundled GraphiQL (./web) instead.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin(options.logger ?? pino({ name: 'serve' }, pino.destination(2))),
    ],
  });
  await apollo.start();

  // Asks the store on every call (no caching), so a lost database shows within one request and recovery too.
  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(store);
    if (health.ok) res.status(200).json({ status: 'ok', engine: store.engine });
    else res.status(503).json({ status: 'unavailable', engine: store.engine, reason: health.reason });
  });
  const web = options.web === undefined ? defaultWebDir() : options.web;
  if (web) mountGraphiql(app, web);
  app.use(
    '/graphql',
    // A filing sent to ingestFiling may be a few MB of submission text, JSON-escaped.
    express.json({ limit: maxBody }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ store, names, loaders: createLoaders(store), token: bearerToken(req.headers.authorization), secrets }),
    }),
  );

  if (web) mountWeb(app, web);
  app.use(bodyErrors(maxBody));

  http.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  const shownHost = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    explorerUrl: web ? `http://${shownHost}:${port}/` : null,
    close: () => (closing ??= apollo.stop()),
  };
}
