import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { SITUATIONS, getConversation } from '../../src/content/conversation.js';
import { ConversationFileSchema } from '../../src/content/schemas/conversation.js';
import { loadSourceCorpus, normalizeSpace, type SourceCorpus } from './source-text.js';
import { first, last as lastItem, nth } from '../helpers/index.js';

// Counts written from Del 5 of the guide, not from the data.
const GUIDE = {
  questions: 12,
  tips: 6,
  minorTips: 5,
  purposes: 4,
  questionTips: 3,
  /** The first words of each bold example question, in the guide's order. */
  questionStarts: [
    'Hvordan opplever du arbeidssituasjonen',
    'Kan du beskrive hvordan du bor',
    'Kan du forklare hvordan du mottar lønn',
    'Hvordan er den økonomiske situasjonen',
    'Hvordan kommer du i kontakt med kunder',
    'Hvordan fikk du SIM-kortet',
    'Beskriv hvordan du har kontroll på egen post',
    'Hvordan får du legehjelp',
    'Kan du fortelle hvordan du får handlet mat',
    'Kan du beskrive hvordan du reiste til Norge',
    'Hvordan fikk du passet ditt',
    'Kan du fortelle om det er noe du trenger hjelp til',
  ],
};

describe('content/nb/conversation.json (Del 5)', () => {
  const data = getConversation('nb');
  let corpus: SourceCorpus;
  before(async () => {
    corpus = await loadSourceCorpus();
  });

  it('matches its schema', () => {
    expect(z.safeParse(ConversationFileSchema, data).success).to.equal(true);
  });

  it('has the guide’s 12 example questions in order, each with at least one follow-up', () => {
    expect(data.questions.list).to.have.length(GUIDE.questions);
    data.questions.list.forEach((question, index) => {
      expect(question.question.startsWith(nth(GUIDE.questionStarts, index, 'question start')), question.id).to.equal(true);
      expect(question.followUps.length, question.id).to.be.greaterThan(0);
    });
  });

  it('keeps each follow-up as its own sentence, in the order the guide prints them after the question', () => {
    const normalizedQuestion = (text: string) => normalizeSpace(text);
    for (const question of data.questions.list) {
      const start = corpus.corrected.indexOf(normalizedQuestion(question.question));
      expect(start, question.id).to.be.greaterThan(-1);
      let cursor = start;
      for (const followUp of question.followUps) {
        const at = corpus.corrected.indexOf(normalizeSpace(followUp), cursor);
        expect(at, `${question.id}: «${followUp}» after its question`).to.be.greaterThan(cursor - 1);
        cursor = at + followUp.length;
      }
    }
  });

  it('models the bracketed instruction of the last question as a note', () => {
    const last = lastItem(data.questions.list, 'question');
    expect(last.note).to.equal('Du bør her følge opp med informasjon om rettigheter:');
    expect(corpus.corrected).to.include(`[${last.note}] ${first(last.followUps, 'follow-up')}`);
    expect(data.questions.list.filter((question) => question.note)).to.have.length(1);
  });

  it('tags every question with known situations and uses every situation', () => {
    const used = new Set(data.questions.list.flatMap((question) => question.situations));
    expect([...used].sort()).to.deep.equal([...SITUATIONS].sort());
  });

  it('has 6 conversation tips, 5 tips for minors, 4 purposes and 3 question tips', () => {
    expect(data.tips.points).to.have.length(GUIDE.tips);
    expect(data.minorTips.points).to.have.length(GUIDE.minorTips);
    expect(data.purposes.points).to.have.length(GUIDE.purposes);
    expect(data.questionTips.points).to.have.length(GUIDE.questionTips);
  });

  it('names the words to avoid', () => {
    for (const word of ['«menneskehandel»', '«tvang»', '«offer»']) expect(data.questionTips.avoidWords.text).to.include(word);
  });

  it('keeps the interpreter rule: only qualified interpreters', () => {
    const text = data.interpreter.blocks.map((block) => block.text ?? '').join(' ');
    expect(text).to.include('Du skal kun bruke kvalifiserte tolker.');
  });

  it('says barnevernet may be contacted before a conversation with a presumed minor', () => {
    expect(data.minorsFirst.text).to.include('kan barnevernet kontaktes før en slik samtale gjennomføres');
  });

  it('refers to ROSA and the national guidance function by contact id', () => {
    expect(data.advice.contacts).to.deep.equal(['rosa', 'bufdir-veiledning']);
  });

  it('links utnyttelse.no to the address the guide prints in Del 8', () => {
    expect(data.website.href).to.equal('https://www.utnyttelse.no');
    expect(corpus.raw).to.include('utnyttelse.no');
  });

  it('applies the errata for the two missing «blir» in Del 5', () => {
    const ids = corpus.errata.map((erratum) => erratum.id);
    expect(ids).to.include.members(['del5-personen-blir-utnyttet', 'del5-noen-blir-utnyttet']);
    expect(nth(data.identify.blocks, 0).text).to.include('Er det tegn på at personen blir utnyttet');
    expect(nth(data.identify.blocks, 1).text).to.include('oppdage at noen blir utnyttet');
  });
});
