import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where partial downloads live until they are complete; cleared when a run starts. */
const PARTIAL_DIR = '.partial';

/** The last bytes of every EDGAR submission text: a file that ends otherwise was cut short. */
const SUBMISSION_END = '</SEC-DOCUMENT>';

/**
 * The download folder: one file per accession, `YYYY/<accession>.txt` (the year of the accession
 * number, so no folder holds more than a year's filings). A file is written under a temporary name
 * in `.partial/`, flushed to disk, then renamed into place, so a file under its final name is always
 * whole, whenever the process is killed.
 */
export class FilingFolder {
  constructor(readonly root: string) {}

  /** Removes what a killed run left half-written: its partial files only. */
  async prepare(): Promise<void> {
    await fs.rm(join(this.root, PARTIAL_DIR), { recursive: true, force: true });
    await fs.mkdir(join(this.root, PARTIAL_DIR), { recursive: true });
  }

  async finish(): Promise<void> {
    await fs.rm(join(this.root, PARTIAL_DIR), { recursive: true, force: true });
  }

  pathOf(accession: string): string {
    const yy = Number(accession.slice(11, 13));
    const year = yy >= 90 ? 1900 + yy : 2000 + yy;
    return join(this.root, String(year), `${accession}.txt`);
  }

  /** Already on disk and whole. */
  async isComplete(accession: string): Promise<boolean> {
    let handle;
    try {
      handle = await fs.open(this.pathOf(accession), 'r');
    } catch {
      return false;
    }
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(Math.min(size, 64));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return tail.toString('latin1').includes(SUBMISSION_END);
    } finally {
      await handle.close();
    }
  }

  async write(accession: string, body: Buffer): Promise<string> {
    const final = this.pathOf(accession);
    const partial = join(this.root, PARTIAL_DIR, `${accession}.${randomBytes(4).toString('hex')}`);
    const handle = await fs.open(partial, 'w');
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.mkdir(dirname(final), { recursive: true });
    await fs.rename(partial, final);
    return final;
  }
}

/** A body that is a whole EDGAR submission text (what the archive serves for `<accession>.txt`). */
export function isWholeSubmission(body: Buffer): boolean {
  const head = body.subarray(0, 256).toString('latin1').trimStart();
  const tail = body.subarray(Math.max(0, body.length - 64)).toString('latin1');
  return /^<SEC-DOCUMENT>/i.test(head) && tail.includes(SUBMISSION_END);
}
