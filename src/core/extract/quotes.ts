// Direct quotations and their speakers. (Placeholder until the quote extractor lands.)
import type { Quote } from '../types.js';
import type { ArticleContext } from './context.js';

export function extractQuotes(_ctx: ArticleContext): Quote[] {
  return [];
}
