/*
 * Draws cards: lib/social-cards/social-card.ts places everything, draw-process.js turns that into SVG and then
 * into a PNG. Drawing is CPU-bound, so cards are drawn by a pool of processes, one per core, started
 * as cards that are not cached come in. Everything runs offline: fonts are
 * files in this folder, the logo is the site's own favicon.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fontMeasure } from '../../lib/social-cards/font-metrics.ts';
import { cardSize, type CardLayout } from '../../lib/social-cards/card-design.ts';
import { socialCardLayout, type CardOptions } from '../../lib/social-cards/social-card.ts';
import type { SocialCard } from '../../lib/social-cards/social-image-spec.ts';
import { packageVersion } from '../package-version.ts';

export interface CardRenderer {
  /** Where everything on a card goes. */
  layout(card: SocialCard): CardLayout;
  draw(layout: CardLayout): Promise<Buffer>;
  /** The size of every image it draws. */
  size: { width: number; height: number };
  /**
   * The rasteriser's version, the fonts, the layout and the drawing code: with the card itself,
   * everything that decides the pixels, so the cache is keyed on it without laying a card out.
   */
  version: string;
  /** Stops the drawing processes; call once every draw has settled. */
  close(): void;
}

/** What a drawing process (draw-process.js) is started with, is sent, and answers. */
export interface DrawSetup {
  /** Paths of the regular (400) and bold (700) font files. */
  regular: string;
  bold: string;
}

export interface DrawJob {
  id: number;
  layout: CardLayout;
}

export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

/** A dependency's version, from the package.json beside its entry (fontkit's exports hide the file). */
interface Job {
  id: number;
  layout: CardLayout;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Drawer {
  child: ChildProcess;
  pending: Map<number, Job>;
}

/**
 * Cards a drawing process is given at a time. More would only wait in its memory: while the build
 * is busy rendering pages it reads finished images late, and a process that ran ahead held hundreds.
 */
const cardsInFlight = 2;

/** Whether a drawing process keeps the build running: only while it has cards to draw. */
function keepAlive(child: ChildProcess, busy: boolean): void {
  if (busy) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

function drawingPool(setup: DrawSetup, size: number) {
  const drawers: Drawer[] = [];
  const queue: Job[] = [];
  let failure: Error | undefined;
  let nextId = 0;
  const stop = (error: Error) => {
    failure ??= error;
    for (const job of queue.splice(0)) job.reject(failure);
    for (const drawer of drawers.splice(0)) {
      for (const job of drawer.pending.values()) job.reject(failure);
      drawer.child.kill();
    }
  };
  const start = (): Drawer => {
    const child = fork(fileURLToPath(new URL('./draw-process.js', import.meta.url)), [JSON.stringify(setup)], {
      // A small heap, collected after every card, keeps a drawing process's memory flat however many
      // cards it draws (its size: docs/performance.md).
      execArgv: ['--expose-gc', '--max-semi-space-size=1', '--max-old-space-size=80'],
      serialization: 'advanced',
    });
    // A lower priority lets Pagefind's indexing, the longer step, go first.
    if (child.pid !== undefined) setPriority(child.pid, 10);
    const drawer: Drawer = { child, pending: new Map() };
    child.on('message', (result: DrawResult) => {
      const job = drawer.pending.get(result.id);
      drawer.pending.delete(result.id);
      if ('error' in result) job?.reject(new Error(`social images: drawing failed: ${result.error}`));
      else job?.resolve(Buffer.from(result.png));
      // Idle, it must not keep the build alive, e.g. when a later build step fails.
      if (drawer.pending.size === 0) keepAlive(child, false);
      dispatch();
    });
    child.on('error', (error) => stop(error));
    child.on('exit', (code) => stop(new Error(`social images: a drawing process stopped (exit code ${code})`)));
    drawers.push(drawer);
    return drawer;
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const drawer =
        drawers.find((candidate) => candidate.pending.size === 0) ??
        (drawers.length < size ? start() : drawers.find((candidate) => candidate.pending.size < cardsInFlight));
      if (!drawer) return;
      const job = queue.shift() as Job;
      drawer.pending.set(job.id, job);
      keepAlive(drawer.child, true);
      drawer.child.send({ id: job.id, layout: job.layout } satisfies DrawJob);
    }
  };
  return {
    draw(layout: CardLayout): Promise<Buffer> {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, layout, resolve, reject });
        dispatch();
      });
    },
    close(): void {
      for (const drawer of drawers.splice(0)) drawer.child.kill();
    },
  };
}

export async function createRenderer(fontsDir: URL, logoFile: URL, siteName: string): Promise<CardRenderer> {
  const regularFile = new URL('LiberationSans-Regular.ttf', fontsDir);
  const boldFile = new URL('LiberationSans-Bold.ttf', fontsDir);
  const [regular, bold, logo] = await Promise.all([readFile(regularFile), readFile(boldFile), readFile(logoFile)]);
  const options: CardOptions = {
    measure: { regular: fontMeasure(regular), bold: fontMeasure(bold) },
    logo: logo.toString('utf8'),
    siteName,
  };
  // Pagefind, started before them (build-steps.ts), outranks the drawers while it indexes; once it is
  // done the cards have every core (figures in docs/decisions/2026-12-build-at-scale-3.md).
  const pool = drawingPool(
    { regular: fileURLToPath(regularFile), bold: fileURLToPath(boldFile) },
    availableParallelism(),
  );
  const cardsDir = new URL('../../lib/social-cards/', import.meta.url);
  const cardCode = (await readdir(cardsDir)).filter((name) => name.endsWith('.ts')).sort();
  const drawingCode = await Promise.all(
    [...cardCode.map((name) => new URL(name, cardsDir)), new URL('./draw-process.js', import.meta.url)].map((file) =>
      readFile(file),
    ),
  );
  return {
    layout: (card) => socialCardLayout(card, options),
    draw: (layout) => pool.draw(layout),
    size: cardSize,
    close: () => pool.close(),
    version: createHash('sha256')
      .update(`resvg@${packageVersion('@resvg/resvg-js')} fontkit@${packageVersion('fontkit')}`)
      .update(regular)
      .update(bold)
      .update(Buffer.concat(drawingCode))
      .digest('hex'),
  };
}
