import * as crypto from 'node:crypto';

/** crypto.hash (Node 20.12+) hashes in one call, without a Hash object: cheaper on small inputs. */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');
