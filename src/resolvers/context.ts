import type { GraphStore } from '../graph/store';
import type { Loaders } from './loaders';
import type { NameIndex } from '../server/name-index';

/** Tokens that switch the privileged operations on; unset means off. */
export interface ApiSecrets {
  writeToken?: string;
  cypherToken?: string;
  cypherTimeoutMs: number;
}

export interface ApiContext {
  store: GraphStore;
  /** Shared by all requests of the server. */
  names: NameIndex;
  loaders: Loaders;
  /** The bearer token the request carried, if any. */
  token: string | null;
  secrets: ApiSecrets;
}
