// Reads the feed test fixtures; {{BASE}} in a fixture becomes the address of the server that serves it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(name: string, base = 'https://harbordaily.example'): string {
  return readFileSync(dir + name, 'utf8').replaceAll('{{BASE}}', base);
}
