/**
 * A worker thread of `waraqa generate --jobs N`: receives the resolved options once (as
 * workerData), then one `ArticleJob` per message, and answers each with its `ArticleResult`.
 * It never writes files and never prints; the main thread does both.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Options } from '../options.js';
import type { ArticleJob } from './article-result.js';
import { makeArticleMaker } from './make-article.js';

const port = parentPort;
if (port) {
  const make = makeArticleMaker(workerData as Options);
  port.on('message', (job: ArticleJob) => {
    void make(job).then((result) => port.postMessage(result));
  });
}
