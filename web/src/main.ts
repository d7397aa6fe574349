import { prefetchFor } from './prefetch';

// Data first, then the code that shows it (see prefetch.ts).
prefetchFor(window.location.hash);
void import('./mount').then((m) => m.mount());
