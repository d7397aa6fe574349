import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';

/*
 * The Explorer (at /) and GraphiQL (at /graphql, for browsers) as static files that `npm run build`
 * bundles into dist/web with Vite. They reach data only through /graphql like any other client.
 */

/** Vite writes this only into a build, so a folder with it is never the web sources. */
const MARKER = join('.vite', 'manifest.json');

/**
 * The built web folder of this package: dist/web seen from dist/src/server (compiled) or from
 * src/server (ts-jest, ts-node). Null when the web part has not been built.
 */
export function defaultWebDir(): string | null {
  const candidates = [resolve(__dirname, '..', '..', 'web'), resolve(__dirname, '..', '..', 'dist', 'web')];
  return candidates.find((d) => existsSync(join(d, MARKER))) ?? null;
}

/** A browser asking for a page; fetch(), curl and GraphQL clients accept JSON first. */
function wantsHtml(req: express.Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** Mount before the GraphQL middleware, so GET /graphql from a browser gets the IDE, not a 400. */
export function mountGraphiql(app: Express, dir: string, graphqlPath = '/graphql'): void {
  app.get(graphqlPath, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(join(dir, 'graphiql.html'));
  });
}

/**
 * Mount after the GraphQL middleware: a static handler looks for a file on disk (a stat on libuv's
 * pool) for every request that reaches it, which API requests then never do.
 */
export function mountWeb(app: Express, dir: string): void {
  // Hashed file names never change content: cache them for good; the HTML is checked each time.
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: 'index.html', setHeaders: (res) => res.setHeader('cache-control', 'no-cache') }));
}
