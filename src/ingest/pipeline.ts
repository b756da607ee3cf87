// The extraction steps ingest runs, in one place: per-article analysis and corpus linking (both pure, in core).
export { analyseArticle as analyse } from '../core/extract/analyse-article.js';
export { linkBatch as link } from '../core/corpus/link-batch.js';
export { personKey, storyKeys } from '../core/corpus/analyse-corpus.js';
