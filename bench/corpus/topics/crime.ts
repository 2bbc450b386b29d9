import type { TopicVocabulary } from '../topic-vocabulary';

export const crime: TopicVocabulary = {
  qcode: 'medtop:02000000',
  weight: 9,
  subjects: ['the police', 'prosecutors', 'the court', 'defence lawyers', 'the judge', 'investigators', 'the jury', 'the appeals court', 'detectives', 'the justice ministry'],
  actions: ['charge the suspect with fraud', 'reopen the murder investigation', 'sentence the defendant to prison', 'appeal against the verdict', 'arrest {n} people in dawn raids', 'drop the corruption charges', 'seize the stolen goods', 'review the trial', 'extradite the suspect', 'publish the findings of the inquiry'],
  things: ['the trial', 'the verdict', 'the fraud case', 'the murder investigation', 'the robbery', 'the corruption charges', 'the police inquiry', 'the sentence', 'organised crime', 'the appeal', 'the evidence'],
  roles: ['chief prosecutor', 'police spokesperson', 'defence lawyer', 'detective inspector', 'justice minister', 'judge', 'police commissioner'],
  organisations: ['the {place} Police', 'the High Court of {place}', 'the Public Prosecutor’s Office', 'the {place} Court of Appeal', 'the Anti-Corruption Bureau'],
  quotes: ['Nobody is above the law, whatever their position', 'My client is innocent and we will prove it', 'The evidence against the accused is overwhelming', 'We are appealing to anyone who saw anything that night', 'Justice has finally been done for the family', 'The investigation is ongoing and I can’t say more at this stage', 'This was a carefully planned crime', 'The court has heard all the evidence it needs'],
  headings: ['The case for the prosecution', 'Inside the courtroom', 'How the police found him', 'What happens next', 'The verdict'],
  headlines: ['Police in {place} arrest {n} over {thing}', 'Court in {place} jails former official for fraud', 'Prosecutors move to {action}', 'Judge rules on {thing}', 'Detectives appeal for witnesses after robbery in {place}', 'Jury finds {surname} guilty of murder'],
  facts: ['The defendant was sentenced to {n} years in prison.', 'Police said {n} suspects had been arrested and {n} released without charge.', 'The fraud is estimated to have cost investors {money}.', 'Recorded crime in {place} fell by {percent} per cent last year.', 'The trial is expected to last {n} weeks.'],
};
