// The corpus step ingest runs after analysis (analysis itself runs in analyse-pool): linking to the stored corpus.
export { linkBatch as link } from '../core/corpus/link-batch.js';
