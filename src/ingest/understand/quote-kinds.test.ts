import { describe, expect, it } from 'vitest';
import { layOutArticle } from './article-layout';
import { quoteKindsOf } from './quote-kinds';
import { blocksOf } from './test-blocks';

const kindsIn = (text: string): string[] => quoteKindsOf(layOutArticle('', blocksOf(text)));

describe('quote kinds', () => {
  it('takes attributed words for a quotation', () => {
    expect(kindsIn('“We will not back down on this, whatever it costs us,” the minister said on Tuesday.')).toEqual(['quotation']);
    expect(kindsIn('Asked about the delay, Ms Okafor said: “The contractor has let us down again.”')).toEqual(['quotation']);
  });

  it('takes a one-word sentence after a speech verb and a colon for a quotation', () => {
    expect(kindsIn('Labour MP Diane Abbott wrote on social media: “Shameful.”')).toEqual(['quotation']);
    // Without the verb, or without the sentence's own stop, the model decides.
    const [term] = kindsIn('The new category: “Shameful”');
    expect(term).not.toBe('quotation');
  });

  it('takes the word someone said a thing was, and one joined to it, for a quotation', () => {
    expect(kindsIn('The minister said the talks were “constructive” and “frank”.')).toEqual(['quotation', 'quotation']);
    expect(kindsIn('Officials said the meeting was “productive”.')).toEqual(['quotation']);
    // With no speech verb before it, the model decides: a term defined.
    const [term] = kindsIn('The category is “productive”, as the guide defines it.');
    expect(term).not.toBe('quotation');
  });

  it('takes a fragment in lower case after a reporting verb in its sentence for a quotation', () => {
    expect(kindsIn('The minister said he was disappointed and wanted an “urgent meeting” with the company.')).toEqual(['quotation']);
    expect(kindsIn('Residents expressed “disgust” at the delay.')).toEqual(['quotation']);
    expect(kindsIn('The navy apologised, stating that the incident was due to a “technical error”.')).toEqual(['quotation']);
    // Not a name nor a title, in capitals, nor a term the sentence names as one.
    expect(kindsIn('She said the team uses a method called “lean design” for it.')).not.toEqual(['quotation']);
    expect(kindsIn('The mayor said a page titled “Harbour Works” would list the closures.')).not.toEqual(['quotation']);
  });

  it('takes words chanted, or on a banner, for slogans, those joined to them too', () => {
    expect(kindsIn('Protesters chanted “No cuts, no closures”, “Save our trams” and “Not one more fare rise”.')).toEqual([
      'slogan',
      'slogan',
      'slogan',
    ]);
    expect(kindsIn('Pupils made a banner reading “We’re staying!” for the visit.')).toEqual(['slogan']);
    // What a sign says, wherever it stands; a note only when it is put up somewhere.
    expect(kindsIn('A sign on the house says “building is unsafe” and a note on the door that said “keep out.”')).toEqual([
      'slogan',
      'slogan',
    ]);
  });

  it('takes what someone called someone or something, in lower case, for their words', () => {
    expect(kindsIn('Kari Nes led the tributes, calling him a “wonderful actor” on Friday.')).toEqual(['quotation']);
    expect(kindsIn('Residents branded it “hogwash” at the meeting.')).toEqual(['quotation']);
    expect(kindsIn('Critics once hailed him as the “quintessential chameleon” of the stage.')).toEqual(['quotation']);
    // Hailed by whom, the text does not say: no one's words to give.
    expect(kindsIn('Tomas Wrenn, hailed as the “quintessential chameleon,” died on Friday.')).not.toEqual(['quotation']);
    expect(kindsIn('Tomas Wrenn admitted that it will be a “challenge” to meet the target.')).toEqual(['quotation']);
    // What a thing is called is often its name.
    expect(kindsIn('At the harbour office they started calling it “crowdworking.” The name stuck.')).not.toEqual(['quotation']);
    expect(kindsIn('The ferry union rejected the claims, calling the report “a pack of lies” on Friday.')).toEqual(['quotation']);
    expect(kindsIn("The union rejected it, calling Monday's report “a pack of lies” again.")).toEqual(['quotation']);
    expect(kindsIn('The agency called for the “protection of basic rights” of those who fled.')).toEqual(['quotation']);
    expect(kindsIn('The council runs a scheme called “Harbour Homes” for first buyers.')).not.toEqual(['quotation']);
    expect(kindsIn('The council called the scheme “Harbour Homes” when it began.')).not.toEqual(['quotation']);
    expect(kindsIn('The couple have confirmed they have “amicably” parted ways.')).toEqual(['quotation']);
    // The name a thing goes by, not a judgement of it ("a ...").
    expect(kindsIn('Engineers call the process “fracking” because water is forced into the rock.')).not.toEqual(['quotation']);
    expect(kindsIn('Locals call the bridge “the coathanger” because of its shape.')).not.toEqual(['quotation']);
    expect(kindsIn('The minister said the talks were “productive” and the “Harbour Belle” would sail on Friday.')).toEqual([
      'quotation',
      'term',
    ]);
  });

  it('takes a capitalised text for a work’s title when the kind of work is named before it or described after it', () => {
    expect(kindsIn('Tom Berg has left the studio after a row over his film “Boss” that was released on Eid.')).toEqual(['title']);
    expect(kindsIn('“Boss”, directed by Anna Roe, opens on Friday.')).toEqual(['title']);
    expect(kindsIn('“Harbour Lights”, an action thriller, opens on Friday.')).toEqual(['title']);
    expect(kindsIn('In the film he says “I was scared,” and the crowd laughs.')).not.toEqual(['title']);
  });

  it('takes a fragment after a verb that praises, blames, apologises or stresses for the subject’s words', () => {
    expect(kindsIn('Coach Mara Roe hailed an “outstanding” second-half display from her side.')).toEqual(['quotation']);
    expect(kindsIn('Tomas Wrenn apologised to the crowd for “stealing” a win they had deserved.')).toEqual(['quotation']);
    expect(kindsIn('The minister stressed the “primacy” of the sea treaty in her talks.')).toEqual(['quotation']);
    // Praised as what, by whom, the text does not say.
    expect(kindsIn('The plan, praised as “ambitious” last year, was dropped.')).not.toEqual(['quotation']);
    expect(kindsIn('The minister was widely slammed for her “reckless” spending.')).not.toEqual(['quotation']);
  });

  it('takes a name in capitals that a kind of work, or one who works in it, follows for a title', () => {
    expect(kindsIn('The “Harbour Lights” star said she would return for a second season.')).toEqual(['title']);
    expect(kindsIn('Tomas Berg, the “Quiet Tides” screenwriter, will direct the film.')).toEqual(['title']);
    expect(kindsIn('She appeared on the “Morning” show on Tuesday.')).toEqual(['title']);
    // Not a phrase in lower case, nor a programme's name (a term).
    expect(kindsIn('The “Step Forward” programme helps new teachers.')).not.toEqual(['title']);
  });

  it('takes a name in marks between a given name and a surname for a nickname', () => {
    expect(kindsIn('John “Jack” Emory Pell died on Tuesday. Patricia “Pat” Norland was his sister.')).toEqual(['nickname', 'nickname']);
    // Not a campaign's name after a word that is no given name, nor a name that ends the sentence.
    expect(kindsIn('The Labour “Leave” Campaign met on Monday.')).not.toContain('nickname');
    expect(kindsIn('Her grandson, John, called her “Nana”.')).not.toContain('nickname');
    expect(kindsIn('She saw the Madonna “Celebration” Tour twice.')).not.toContain('nickname');
  });

  it('takes a journal’s or a magazine’s name after the word for it as a title', () => {
    expect(kindsIn('The researchers said in the journal “Proceedings of the Harbour Academy.” that the trend would go on.')).toEqual([
      'title',
    ]);
    expect(kindsIn('She wrote for the magazine “Tideline” for ten years.')).toEqual(['title']);
    // A paper spoken to, or a diary written in, names no work.
    expect(kindsIn('Jane Roe told the Harbour Times newspaper “We will not sell.”')).toEqual(['quotation']);
    expect(kindsIn('He wrote in his journal “Today I lost everything” and closed the shop.')).not.toEqual(['title']);
  });

  it('takes a fragment in a sentence that closes by saying who said it for their words', () => {
    expect(kindsIn('A rocket carrying seven satellites was “lost” after take-off on Sunday, the owner Harbour Launch said.')).toEqual([
      'quotation',
    ]);
    expect(kindsIn('The talks were “constructive” and would go on, the minister said on Monday.')).toEqual(['quotation']);
    // Not a thing the sentence names, whoever it says spoke.
    expect(kindsIn('The app uses a technique known as “geofencing” to follow shoppers, the company said.')).not.toEqual(['quotation']);
    expect(kindsIn('Forecasters expect a “heat dome” over the region, meteorologist Lena Holt said on Tuesday.')).not.toEqual([
      'quotation',
    ]);
    // Not a term the sentence goes on to explain, with no one said to have said it.
    expect(kindsIn('The “tour of duty” model lets engineers join for two years, and it has spread.')).not.toEqual(['quotation']);
  });

  it('takes what someone called a person by name, "a ...", for their words', () => {
    expect(kindsIn('Barlow called Norland an “incredible trailblazer” in the community.')).toEqual(['quotation']);
    // The name something goes by is not a judgement of it.
    expect(kindsIn('Residents call Port Adley “the Harbour”.')).not.toEqual(['quotation']);
  });

  it('does not take a word held at a distance for someone’s words', () => {
    const [kind] = kindsIn('Volunteers also counted the so-called “nurdles” found along the shore this year.');
    expect(kind).not.toBe('quotation');
  });

  it('does not take a list of words given as examples, or a titled work, for someone’s words', () => {
    const kinds = kindsIn('The filter drops posts with words such as “drill,” “song” and “test” before anyone reads them.');
    expect(kinds.filter((kind) => kind === 'quotation')).toEqual([]);
    const [title] = kindsIn('The forum next month is titled, “Keeping Harbours Open in a Warmer Century.”');
    expect(title).not.toBe('quotation');
  });

  it('gives a continued part the kind of what it continues', () => {
    const kinds = kindsIn('“The first part of what she said runs on\n\n“and this part continues it,” she said.');
    expect(kinds).toEqual(['quotation', 'quotation']);
  });
  it('takes a work named after its genre, in a list after it, or described after it, for a title', () => {
    expect(kindsIn('She won best director for her family drama “A Harbour Sun” (2019), which tells of two brothers.')).toEqual(['title']);
    expect(kindsIn('He has also directed “Parking,” “The Fourth Pier,” “Soul” and “Godspeed,” all shown at home.')).toEqual([
      'title',
      'title',
      'title',
      'title',
    ]);
    expect(kindsIn('“A Harbour Sun,” Vale’s fifth feature film, went into the night with ten nominations.')).toEqual(['title']);
    expect(kindsIn('The town hosts the first edition of “Caribe Tide,” a festival of music and food.')).toEqual(['title']);
    expect(kindsIn('“Pinkwater” is a film set in Port Adley, and stars Mara Ellingsen.')).toEqual(['title']);
  });

  it('does not take someone’s sentence near a genre’s word, or a quotation after a title in the next paragraph, for a title', () => {
    expect(kindsIn('“It was absolute chaos at the gates,” the festival organiser, Dana Pryce, said.')).toEqual(['quotation']);
    expect(kindsIn('“People are terrified,” a series of residents told reporters on Monday.')).toEqual(['quotation']);
    expect(kindsIn('Their new single is called “Harbour Lights.”\n\n“We wrote it in a week,” said singer Tom Hale.')).toEqual([
      'title',
      'quotation',
    ]);
    expect(kindsIn('The final turned into drama\n\n“We never stopped believing,” captain Tom Hale said after the game.')).toEqual([
      'quotation',
    ]);
    expect(
      kindsIn('Young people dream of “japa” to Canada or Britain, and the minister said during a summit that jobs would come.'),
    ).toEqual([expect.not.stringMatching(/^quotation$/)]);
    expect(kindsIn('She grew up watching the classic film “Gone with the Wind” with her mother.')).toEqual(['title']);
    expect(kindsIn('“Sankofa”, a documentary on the slave trade, opens on Friday.')).toEqual(['title']);
    const [comedy] = kindsIn('“The whole thing” was a comedy of errors, the inspector found.');
    expect(comedy).not.toBe('title');
  });

  it('takes a motto or slogan named before its marks for a slogan, and a word a passive gives an agent for a quotation', () => {
    expect(kindsIn('He said both groups share the same motto: “Love for all, hatred for none.”\n\nHe added: “Thank you all.”')).toEqual([
      'slogan',
      'quotation',
    ]);
    expect(kindsIn('The club’s slogan, “Sail with us”, was painted on the wall.')).toEqual(['slogan']);
    expect(kindsIn('The work of the crews has been hailed as “phenomenal” by a senior officer.')).toEqual(['quotation']);
  });

  it('does not take words defended in someone’s sentence after "the slogan," for a slogan', () => {
    expect(kindsIn('Asked about the slogan, “It is about hope, not fear,” said campaign manager Lina Haddad.')).toEqual(['quotation']);
    expect(kindsIn('The stadium was hailed as “a game-changer for the city” by the end of its first season.')).not.toEqual(['quotation']);
  });
});
