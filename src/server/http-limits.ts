import type { Server } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';

export interface HttpLimits {
  /** Whole request, headers included (Node's requestTimeout): a slow sender cannot hold a socket forever. */
  requestTimeoutMs: number;
  /** Headers alone (slowloris). */
  headersTimeoutMs: number;
  /** Idle keep-alive sockets. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { requestTimeoutMs: 60_000, headersTimeoutMs: 15_000, keepAliveTimeoutMs: 5_000 };

/**
 * Node checks the two timeouts only every connectionsCheckingInterval (30 s by default), so a short
 * limit needs a shorter interval to be kept.
 */
export function serverOptionsFor(l: HttpLimits): { connectionsCheckingInterval: number } {
  return { connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(Math.min(l.headersTimeoutMs, l.requestTimeoutMs) / 3))) };
}

export function applyHttpLimits(http: Server, l: HttpLimits): void {
  http.requestTimeout = l.requestTimeoutMs;
  // Node requires headersTimeout <= requestTimeout.
  http.headersTimeout = Math.min(l.headersTimeoutMs, l.requestTimeoutMs);
  http.keepAliveTimeout = l.keepAliveTimeoutMs;
}

/** `INSIDER_GRAPH_CORS_ORIGINS`: comma-separated origins; unset or empty means same-origin only. */
export function corsOriginsFromEnv(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim().replace(/\/+$/, '')).filter((s) => s.length > 0);
}

/**
 * CORS for the listed origins only ('*' for any). Without a listed Origin no CORS header is sent, so
 * browsers keep pages of other sites from reading answers (same-origin only by default).
 */
export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const ok = typeof origin === 'string' && (any || allowed.has(origin));
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS' && typeof origin === 'string') {
      res.status(ok ? 204 : 403).end();
      return;
    }
    next();
  };
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/**
 * Errors raised before GraphQL sees the request (body too large, body not JSON) answered as GraphQL
 * errors with a code: Express's default handler would send an HTML page with a stack trace.
 */
export const bodyErrors = (limitBytes: number): ErrorRequestHandler => (err: unknown, _req, res, next) => {
  if (res.headersSent) return next(err);
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  if (status === 413 || e.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `request body over the ${limitBytes} byte limit`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: 'malformed request body: expected JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    res.status(500).json({ errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
};
