/** zod schemas of content/nb/responsibility.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { ProseSection } from './prose.js';

/** Del 3: the responsibility to identify victims, as running text. */
export const ResponsibilityFileSchema = z.strictObject({
  sections: z.array(ProseSection).check(z.minLength(1)),
});
export type ResponsibilityFile = z.infer<typeof ResponsibilityFileSchema>;
