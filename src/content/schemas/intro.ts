/** zod schemas of content/nb/intro.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { ProseSection } from './prose.js';

/**
 * Del 1 (Innledning): who KOM is and what it does not do, what the guide is for, and the low
 * threshold for the right to assistance and protection (section id `low-threshold`).
 */
export const IntroFileSchema = z.strictObject({
  sections: z.array(ProseSection).check(z.minLength(1)),
});
export type IntroFile = z.infer<typeof IntroFileSchema>;
