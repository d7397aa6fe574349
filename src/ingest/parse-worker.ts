import { parentPort } from 'node:worker_threads';
import { parseOne } from './parse-pool';
import type { IngestInput } from './sources';

/** Parses batches off the main thread, which stays free to feed the graph. */
parentPort?.on('message', (msg: { id: number; inputs: IngestInput[] }) => {
  parentPort?.postMessage({ id: msg.id, results: msg.inputs.map(parseOne) });
});
