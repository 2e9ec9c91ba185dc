/*
 * Imported first by both build processes (Astro's, and the steps over dist/). V8 lets the heap grow
 * far past what a build keeps alive (its default factor is up to 4x), which left garbage resident by
 * the hundred megabytes: the text of every page read goes through the heap. Growing by a fifth at a
 * time keeps the heap near its live size for a few percent more time in the collector. A growth
 * tuning flag, read at every collection, so it is safe to set while running.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=20');
