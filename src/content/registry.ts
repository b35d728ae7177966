/**
 * Every content file in content/<lang>/ and the schema that describes it. Used by the content
 * tests and the build; widgets import their own domain module instead.
 * Add one line per file (keep the list sorted).
 */
import type * as z from 'zod/mini';
import { MetaSchema } from './meta.js';
import { ResponsibilityFileSchema } from './responsibility.js';

export const CONTENT_SCHEMAS: Record<string, z.ZodMiniType> = {
  meta: MetaSchema,
  responsibility: ResponsibilityFileSchema,
};
