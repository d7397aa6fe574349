import { processIO } from './io';
import { runCli } from './program';

void runCli(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
