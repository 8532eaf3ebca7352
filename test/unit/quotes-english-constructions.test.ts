import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';

/**
 * Common ways English news attributes a quotation, one sentence each, written for this test
 * from newsroom style (not from any gold article): a behavioural check list, as for Arabic
 * (quotes-arabic-constructions.test.ts). A sentence before it gives a previous speaker (Anne
 * Price) that a wrong reading would fall back to. The article before an organisation's name is
 * outside it, as in the gold; an organisation anaphor with no organisation named before it
 * (the company, the report) is nobody rather than the person who spoke last.
 */
const CONSTRUCTIONS: [string, string | null][] = [
  ['"We will not give up," said Prime Minister Theresa May.', 'Theresa May'],
  ['"We will not give up," Mrs May said.', 'Mrs May'],
  ['Mrs May said: "We will not give up."', 'Mrs May'],
  ['A Downing Street spokesman said: "No decision has been taken."', 'A Downing Street spokesman'],
  ['A Kremlin spokesman said: "No talks are planned."', 'A Kremlin spokesman'],
  ['"Nothing has changed," a White House official said.', 'a White House official'],
  ['A Moscow official said: "No talks are planned."', 'A Moscow official'],
  ['Pentagon officials said: "The review is over."', 'Pentagon officials'],
  ['"The inquiry goes on," a Paris prosecutor said.', 'a Paris prosecutor'],
  ['A Berlin police spokesman said: "Two men were held."', 'A Berlin police spokesman'],
  ['In a statement, the Ministry of Defence said: "The exercise is over."', 'Ministry of Defence'],
  ['"Rates will stay where they are," the Bank of England said.', 'Bank of England'],
  ['"The talks went well," an aide to the president said.', 'an aide to the president'],
  ['"Sales doubled," according to Norvex.', 'Norvex'],
  ['"No decision has been taken," a spokeswoman for the department said.', 'a spokeswoman for the department'],
  ['According to the Office for National Statistics, "inflation fell sharply".', 'Office for National Statistics'],
  ['In a statement, Google said: "We take privacy seriously."', 'Google'],
  ['The company said in a statement: "Sales rose in every region."', null],
  ['Apple chief executive Tim Cook said: "This is our best phone."', 'Tim Cook'],
  ['"This is our best phone," Apple boss Tim Cook told reporters.', 'Tim Cook'],
  ['Dr Sarah Jones, a lecturer at Leeds University, said: "The results are clear."', 'Dr Sarah Jones'],
  ['"The results are clear," said Dr Sarah Jones, of Leeds University.', 'Dr Sarah Jones'],
  ['Labour leader Jeremy Corbyn said the plan was "a betrayal of working people".', 'Jeremy Corbyn'],
  ['Police said: "A man has been arrested."', 'Police'],
  ['"A man has been arrested," police said.', 'police'],
  ['Chelsea manager Jose Mourinho said: "We deserved to win."', 'Jose Mourinho'],
  ['"We deserved to win," Mourinho told BBC Sport.', 'Mourinho'],
  ['"I lost everything," said Mr Smith, who has lived there for 20 years.', 'Mr Smith'],
  ['The World Health Organization (WHO) said: "The outbreak is under control."', 'World Health Organization'],
  ['US President Barack Obama said: "We will respond."', 'Barack Obama'],
  ['"We will respond," Mr Obama said in a televised address.', 'Mr Obama'],
  ['One resident, who did not want to be named, said: "It was terrifying."', 'One resident'],
  ['Witnesses told the BBC: "There were bodies everywhere."', 'Witnesses'],
  ['The Treasury said it was "confident" of meeting its targets.', 'Treasury'],
  ['Shadow chancellor John McDonnell said: "This budget fails families."', 'John McDonnell'],
  ['Her lawyer, Mark Stephens, said: "She denies the charges."', 'Mark Stephens'],
  ['"She denies the charges," her lawyer said.', 'her lawyer'],
  ['Sir Alex Ferguson said: "He is a great player."', 'Sir Alex Ferguson'],
  ['Speaking at the conference, Mr Blair said: "We must modernise."', 'Mr Blair'],
  ['The European Commission said: "The rules apply to everyone."', 'European Commission'],
  ['A spokesman for the Ministry of Defence said: "We do not comment on operations."', 'A spokesman for the Ministry of Defence'],
  ['Ms Rowling said in a blog post: "I am grateful."', 'Ms Rowling'],
  ['The report said: "Standards have improved."', null],
];

describe('English attribution constructions: the speaker of each', () => {
  for (const [sentence, speaker] of CONSTRUCTIONS) {
    it(`${speaker ?? 'nobody'} ← ${sentence}`, () => {
      const analysis = analyzeArticle(`News headline here\n\nThe minister Anne Price said the session was over.\n\n${sentence}`, {});
      const quote = analysis.quotes.filter((q) => q.kind === 'speech').pop();
      assert.ok(quote, 'the quotation is speech');
      assert.equal(quote.speaker?.text ?? null, speaker);
    });
  }
});
