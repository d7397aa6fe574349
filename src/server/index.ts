export { startServer, type ServerOptions, type RunningServer } from './start-server';
