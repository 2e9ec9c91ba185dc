/*
 * What every build cache under node_modules/.cache/ does with its files: write an entry whole or
 * not at all, check an entry before trusting it, and put a cached file into dist/ without copying
 * its bytes. The search index, the social images and the page readings are kept with these.
 */
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { mapLimited } from './map-limited.ts';

/** Writes `file` aside under this process's id and renames it: a build cut short leaves no half file. */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}

/** Moves a folder filled aside into place (the folder form of `writeWhole`). */
export async function renameWhole(partial: string, folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await rename(partial, folder);
}

/**
 * Puts a cached file at `target` as a hard link, so no bytes are copied (a large site's cached
 * files add up to hundreds of megabytes); a copy where the two are on different disks. No build
 * step writes to a placed file, so the cache cannot be changed through dist/.
 */
export async function placeFile(cached: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

/** The files under `folder`, relative to it, leaving out `except`. */
export async function filesUnder(folder: string, except?: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== except)
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Places every file of `from` at the same place under `to`, except `except`. */
export async function placeTree(from: string, to: string, except?: string): Promise<void> {
  const files = await filesUnder(from, except);
  for (const folder of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(folder, { recursive: true });
  await mapLimited(files, 16, (file) => placeFile(join(from, file), join(to, file)));
}

/**
 * A cached entry found damaged (a cache restored half-way, a full disk, an edit by hand): the
 * caller is told, the entry removed, and the work done again.
 */
export async function dropDamaged(entry: string, onDamaged: (entry: string) => void): Promise<void> {
  onDamaged(entry);
  await rm(entry, { recursive: true, force: true });
}
