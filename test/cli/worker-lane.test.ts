/**
 * The worker lane of a batch with stand-in workers (`eval` workers): every job gets exactly one
 * result, a crashing worker fails only the jobs it held and is replaced, and the queue drains.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ArticleJob, ArticleResult } from '../../src/cli/article-result.js';
import { laneState, workerLane } from '../../src/cli/run-batch.js';

/** A worker that answers each job, but throws (uncaught) on `input === 'boom'` and exits on `'exit'`. */
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.input === 'boom') setTimeout(() => { throw new Error('worker blew up'); });
  else if (job.input === 'exit') process.exit(3);
  else parentPort.postMessage({ ok: false, index: job.index, input: job.input, internal: false, code: 'empty', message: 'echo ' + job.input });
});`;

function jobs(inputs: readonly string[]): ArticleJob[] {
  return inputs.map((input, index) => ({ index, input }));
}

describe('workerLane', () => {
  it.each([
    [['a', 'b', 'c', 'd', 'e'], 1],
    [['a', 'boom', 'c', 'd'], 1],
    [['boom', 'exit', 'c', 'boom', 'e', 'f'], 2],
    [['a', 'b', 'boom', 'c', 'exit', 'd', 'e', 'boom', 'f', 'g'], 3],
  ])('%j on %i lane(s): one result per job, crashes reported as internal errors', async (inputs, lanes) => {
    const queue = jobs(inputs);
    const results: ArticleResult[] = [];
    const spawn = () => new Worker(STAND_IN, { eval: true });
    const state = laneState();
    await Promise.all(Array.from({ length: lanes }, () => workerLane(spawn, queue, (r) => results.push(r), state)));
    expect(queue).toEqual([]);
    expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    for (const r of results) {
      if (r.ok) throw new Error('the stand-in never makes an article');
      const crashed = inputs[r.index] === 'boom' || inputs[r.index] === 'exit';
      expect(r.internal).toBe(crashed);
      if (!crashed) expect(r.message).toBe(`echo ${inputs[r.index]}`);
      if (inputs[r.index] === 'boom') expect(r.message).toMatch(/worker blew up|stopped/);
    }
  });
});
