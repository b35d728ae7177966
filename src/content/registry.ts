/**
 * Every content file in content/<lang>/ and the schema that describes it. Used by the content
 * tests and the build; widgets import their own domain module instead.
 * Add one line per file (keep the list sorted).
 */
import type * as z from 'zod/mini';
import { ContactsFileSchema } from './schemas/contacts.js';
import { ConversationFileSchema } from './schemas/conversation.js';
import { DutiesFileSchema } from './schemas/duties.js';
import { IndicatorsFileSchema } from './schemas/indicators.js';
import { IntroFileSchema } from './schemas/intro.js';
import { LawFileSchema } from './schemas/law.js';
import { MetaSchema } from './schemas/meta.js';
import { MythsFileSchema } from './schemas/myths.js';
import { ResponsibilityFileSchema } from './schemas/responsibility.js';
import { RightsFileSchema } from './schemas/rights.js';

export const CONTENT_SCHEMAS: Record<string, z.ZodMiniType> = {
  contacts: ContactsFileSchema,
  conversation: ConversationFileSchema,
  duties: DutiesFileSchema,
  indicators: IndicatorsFileSchema,
  intro: IntroFileSchema,
  law: LawFileSchema,
  meta: MetaSchema,
  myths: MythsFileSchema,
  responsibility: ResponsibilityFileSchema,
  rights: RightsFileSchema,
};
