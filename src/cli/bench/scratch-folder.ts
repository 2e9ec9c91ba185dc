/*
 * Where benchmark builds are written: a RAM-backed folder when the system has one (/dev/shm on
 * Linux), else the system's temporary folder. On this machine's disk (ext4 without a journal) a new
 * file costs many times more while many files were recently deleted, so a build run after another
 * build's clean-up paid for it, and whichever side wrote more files paid most
 * (docs/decisions/2026-12-build-at-scale-3.md).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ramFolder = '/dev/shm';

export function scratchFolder(): string {
  try {
    if (statSync(ramFolder).isDirectory()) {
      accessSync(ramFolder, constants.W_OK);
      return ramFolder;
    }
  } catch {
    // No RAM-backed folder here: the disk it is.
  }
  return tmpdir();
}
