/** zod schemas of content/nb/conversation.json (tests, build and host data; never needed to show nb content). */
import * as z from 'zod/mini';
import { SITUATIONS } from '../conversation.js';
import { Id, Source, Text } from './common.js';
import { ProseSection } from './prose.js';


/** One quoted paragraph or lead-in sentence. */
const Passage = z.strictObject({ id: Id, text: Text, source: Source });

/** A quoted bullet with a stable id. */
const Point = z.strictObject({ id: Id, text: Text });

/** A quoted list: an optional heading or lead-in sentence, then its bullets. */
const PointList = z.strictObject({
  id: Id,
  heading: z.optional(Text),
  text: z.optional(Text),
  source: Source,
  points: z.array(Point).check(z.minLength(1)),
});

export const ExampleQuestion = z.strictObject({
  id: Id,
  /** The question in bold in the guide. */
  question: Text,
  /**
   * An instruction to the interviewer printed in brackets in the guide; when present, `followUps`
   * are what to say after it rather than follow-up questions.
   */
  note: z.optional(Text),
  /** The italic lines after the question, one question (or statement) each. */
  followUps: z.array(Text).check(z.minLength(1)),
  situations: z.array(z.enum(SITUATIONS)).check(z.minLength(1)),
  source: Source,
});
export type ExampleQuestion = z.infer<typeof ExampleQuestion>;

export const ConversationFileSchema = z.strictObject({
  identify: ProseSection,
  observation: ProseSection,
  conversation: ProseSection,
  /** For a presumed minor, barnevernet may be contacted before the conversation. */
  minorsFirst: Passage,
  /** Where to seek advice; `contacts` are ids in the contacts content (phones come from there). */
  advice: z.strictObject({ id: Id, text: Text, contacts: z.array(Id), source: Source }),
  /** The web resource the guide names in Del 5 and prints with its address in Del 8. */
  website: z.strictObject({ id: Id, text: Text, href: z.string().check(z.regex(/^https:\/\/[^\s]+$/)), source: Source }),
  interpreter: ProseSection,
  purposes: PointList,
  reluctance: Passage,
  tips: PointList,
  minorTips: PointList,
  questionTips: z.strictObject({
    id: Id,
    heading: Text,
    source: Source,
    /** «Forsøk å unngå ord som …». */
    avoidWords: z.strictObject({ id: Id, text: Text }),
    points: z.array(Point).check(z.minLength(1)),
  }),
  questions: z.strictObject({
    id: Id,
    text: Text,
    source: Source,
    list: z.array(ExampleQuestion).check(z.minLength(1)),
  }),
  moreInfo: Passage,
});
export type ConversationFile = z.infer<typeof ConversationFileSchema>;
