// Zod pieces several commands share, so "person" means the same everywhere it appears.
import { z } from 'zod';

export const personOption = (description: string) =>
  z.string().trim().min(1).max(100).describe(description).meta({ autocomplete: 'person' });

/** YYYY-MM-DD or YYYY-MM. */
export const dateOption = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date like 2022-05-01 or 2022-05')
    .describe(description)
    .meta({ placeholder: 'YYYY-MM-DD' });

export const limitOption = (max: number, fallback: number, description = 'How many to show') =>
  z.number().int().min(1).max(max).default(fallback).describe(`${description} (1–${max}, default ${fallback})`);
