import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function mount(args: string[]): void {
  execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A tmpfs of `size` (e.g. '600k') at dir: a disk that fills up when we want it to. */
export function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  mount(['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
}

/** Grows (or shrinks) a mounted tmpfs in place: the full disk gets room again, its files untouched. */
export function resizeTmpfs(dir: string, size: string): void {
  mount(['-o', `remount,size=${size}`, dir]);
}

/** `source` seen read-only at `target` (a read-only bind mount), as a read-only file system would be. */
export function bindReadOnly(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  mount(['--bind', source, target]);
  mount(['-o', 'remount,bind,ro', target]);
}

/**
 * Lazily (umount -l): Grafeo 0.6 keeps a closed database's file open until its JS object is garbage
 * collected, so a plain umount after an in-process open and close finds the mount busy.
 */
export function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** null when this process may mount file systems (root or CAP_SYS_ADMIN), else why not. */
export function whyCannotMount(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-mount-probe-'));
  try {
    mountTmpfs(dir, '64k');
    unmount(dir);
    return null;
  } catch (e) {
    const stderr = e !== null && typeof e === 'object' && 'stderr' in e ? String(e.stderr).trim() : String(e);
    return `mount -t tmpfs failed (needs root or CAP_SYS_ADMIN): ${stderr.split('\n')[0]}`;
  } finally {
    rmdirSync(dir);
  }
}
