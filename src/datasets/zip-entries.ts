import type { Readable } from 'node:stream';
import { basename } from 'node:path';
import yauzl from 'yauzl';
import { DatasetError } from './errors';

/**
 * A zip read through its central directory, each entry streamed on demand: the archive is never
 * loaded whole, and yauzl checks each entry's size and CRC as it is read, so a damaged or cut file
 * fails where it is damaged.
 */
export class ZipEntries {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Entries by upper-case file name (folders inside the zip ignored). */
    readonly entries: Map<string, yauzl.Entry>,
  ) {}

  /** `name` is how messages call the zip. */
  static async open(path: string, name: string): Promise<ZipEntries> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err || !z ? reject(err) : resolve(z))),
    ).catch((e: unknown) => {
      const code = (e as { code?: unknown } | null)?.code;
      if (code === 'ENOENT') throw new DatasetError(`${name}: no such file`);
      if (code === 'EISDIR') throw new DatasetError(`${name}: a folder, not a zip file`);
      throw new DatasetError(`${name}: not a readable zip file (${e instanceof Error ? e.message : String(e)})`);
    });
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(basename(entry.fileName).toUpperCase(), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new DatasetError(`${name}: damaged zip directory (${e.message})`)));
      zip.readEntry();
    });
    return new ZipEntries(zip, entries);
  }

  stream(entry: yauzl.Entry): Promise<Readable> {
    return new Promise((resolve, reject) => this.zip.openReadStream(entry, (err, s) => (err || !s ? reject(err) : resolve(s))));
  }

  /** Uncompressed bytes of all entries. */
  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.uncompressedSize;
    return n;
  }

  close(): void {
    this.zip.close();
  }
}
