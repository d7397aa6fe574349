import type { GraphStore } from '../graph/store';
import type { Loaders } from './loaders';

/** Tokens that switch the privileged operations on; unset means off. */
export interface ApiSecrets {
  writeToken?: string;
  cypherToken?: string;
  cypherTimeoutMs: number;
}

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** The bearer token the request carried, if any. */
  token: string | null;
  secrets: ApiSecrets;
}
