import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, REPO_ROOT } from '../../helpers/paths';

export const WEB_DIR = join(REPO_ROOT, 'dist', 'web');
const MANIFEST = join(WEB_DIR, '.vite', 'manifest.json');
const SOURCES = join(REPO_ROOT, 'web');

/**
 * dist/web as `npm run build` makes it, rebuilt first when any web source is newer than the build
 * (a developer who edited web/ and ran `npm test` tests the edit, not yesterday's bundle).
 */
export function ensureWebBuild(): string {
  const built = existsSync(MANIFEST) ? statSync(MANIFEST).mtimeMs : 0;
  const newest = Math.max(...filesUnder(SOURCES).map((f) => statSync(f).mtimeMs));
  if (newest > built) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(SOURCES, 'vite.config.mts')], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return WEB_DIR;
}
