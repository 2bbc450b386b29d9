import { describe, expect, it } from 'vitest';
import { isRelatedListMarker, isSectionLabel, siteJunkReason } from './site-junk';

describe('siteJunkReason', () => {
  it.each([
    ['Share this:', 'share buttons'],
    ['Click to share on Twitter (Opens in new window)', 'share buttons'],
    ['Share via Email', 'share buttons'],
    ['WhatsApp', 'share buttons'],
    ['Facebook Twitter LinkedIn Email', 'share buttons'],
    ['Print', 'share buttons'],
    ['Like this:', 'share buttons'],
    ['Loading...', 'loading indicator'],
    ['Like Loading...', 'loading indicator'],
    [
      'We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies. Accept',
      'cookie notice',
    ],
    ['This site uses cookies. Find out more about how we use them in our privacy policy. Got it!', 'cookie notice'],
    ['Sign up to our daily newsletter for the top stories from Sallowfield and beyond.', 'newsletter prompt'],
    ["Get the Coastal Weekly newsletter: the week's environment news, every Friday. Sign up now", 'newsletter prompt'],
    ['Get the latest local news straight to your inbox', 'newsletter prompt'],
    ['Enter your email address', 'newsletter prompt'],
    ['Subscribe', 'newsletter prompt'],
    ['Read more: Farmers urged to mark machinery as rural thefts rise', 'related link'],
    ['Also Read: Varunpur garment exports rise 9 pc in first half', 'related link'],
    ['READ MORE', 'read-more link'],
    ['Continue reading…', 'read-more link'],
    ['Tags: schools, mobile phones, Brackwater District Council', 'tag list'],
    ['Filed under: Education, Brackwater', 'tag list'],
    ['#harbour #trams #PortAdley', 'tag list'],
    ['© 2019 Vellmouth Evening Post. All rights reserved.', 'site footer'],
    ['© 2022 Esterland Post Media Group', 'site footer'],
    ['Copyright 2021 Harbour Times', 'site footer'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'site footer'],
    ['Privacy Policy', 'site navigation'],
    ['Skip to main content', 'site navigation'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Leave a comment', 'comments prompt'],
    ['12 Comments', 'comments prompt'],
    ['Follow us on Twitter for the latest updates', 'social media prompt'],
    ['2 Min Read', 'reading time'],
    ['Image 1 of 5', 'gallery controls'],
    ['https://www.lendlevalenews.co.uk/news/weather/hailstorm-orchards', 'link'],
    ['Source: https://x.example/a', 'link'],
    ['* * *'.replace(/ /g, ''), 'separator'],
    ['* * *', 'separator'],
    ['#', 'separator'],
    ['####', 'separator'],
    ['--', 'separator'],
    ['\\---\\---\\---', 'separator'],
    ['Home » Sport » Netball', 'breadcrumbs'],
    ['Home > News', 'breadcrumbs'],
    ['Politics | World | Business | Sport', 'site navigation'],
    ['Click to email a link to a friend (Opens in new window)', 'share buttons'],
    ['Loading comments...', 'loading indicator'],
    ['Accept all', 'cookie notice'],
    ['By signing up, you agree to our privacy policy.', 'newsletter prompt'],
    ['Subscribe to continue reading', 'paywall notice'],
    ['(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)', 'syndication notice'],
    ['Disclaimer: the views expressed are the author’s own.', 'disclaimer'],
    ['Advertisement - Scroll to continue', 'advertisement'],
    ['Download the Harbour Times app for the latest news', 'app prompt'],
    ['Join our WhatsApp channel for updates', 'social media prompt'],
    ['Video Player is loading.', 'media placeholder'],
    ['Image', 'media placeholder'],
    ['Left Menu', 'site navigation'],
    ['You are here', 'site navigation'],
    ['No comments yet...', 'comments prompt'],
    ['No comments:', 'comments prompt'],
    ['0', 'counter'],
    ['Readers like you keep news free for everyone.', 'support prompt'],
    ['Follow us on Instagram and subscribe to our Telegram channel for the latest updates.', 'social media prompt'],
    ['Sponsored Advertisement', 'advertisement'],
    ['What do you think?', 'comments prompt'],
    ['Fill in your details below or click an icon to log in:', 'comments form'],
    ['%d bloggers like this:', 'comments form'],
    ['Font Size:', 'site navigation'],
    ['For all the latest Harbour News, download Harbour Times App', 'social media prompt'],
    ['Never miss a local story.', 'subscription prompt'],
    ['Sign up today for unlimited digital access to our website, apps, the digital newspaper and more.', 'subscription prompt'],
    ['View More Video', 'read-more link'],
    ['One reply on “Harbour council says the meeting was a waste of time”', 'comments prompt'],
    ['3 responses to “Tram depot reopens”', 'comments prompt'],
    ['Notify of', 'comments form'],
    ['Subscribe to Updates', 'newsletter prompt'],
    ['Get the latest creative news from Harbour Times about art, design and business.', 'newsletter prompt'],
    ['Facebook X (Twitter) Instagram Pinterest', 'share buttons'],
    ['You are at:Home»Trending»Tram depot reopens', 'breadcrumbs'],
    ['MaraBy MaraApril 6, 2025006 Mins Read', 'reading time'],
    ['FinancialGovernment SolutionsLegalHarbour News AgencyRisk SolutionsTax & Accounting', 'site navigation'],
    ['Inline Feedbacks', 'comments form'],
    ['View all comments', 'comments form'],
  ])('takes out %j as %s', (line, reason) => {
    expect(siteJunkReason(line)).toBe(reason);
  });

  it.each([
    'The council will share the cost of the new tram line with the regional government.',
    'Print media and email newsletters were the campaign’s main tools, she said.',
    'Subscribers to the council’s newsletter were told on Monday.',
    'The bakery sells cookies to schoolchildren on Fridays.',
    'Read the report and you will see the problem, he said.',
    'Home is where the heart is, the sign reads.',
    'More than 300 people attended.',
    '2019',
    '12,000',
    'Premium bonds sold out within a day, the treasury said.',
    'Readers like you wrote in to the council.',
    '143',
    'Premium',
    '• Home',
    'No comments yet from the ministry, which did not answer calls on Friday.',
    'Please consider donating to the appeal at the post office or online through the parish website.',
    'For the latest travel updates, passengers should follow the airport and their airline on social media.',
    'Latest team news',
    'Comments from residents will be heard in May.',
    'Loading the ferry took three hours.',
    'Advertising revenue fell by a third last year.',
    'Related to that, the council also cut bus fares.',
    'Focus on training missions',
    'What happens next?',
    'Twitter and Facebook face new rules',
    'The end of an era',
    'Residents can download the council’s app to report potholes.',
    'Accept the offer, the union told its members.',
    'Images from the scene showed the bridge had collapsed.',
    'Never miss a chance to see the tall ships, the harbour master said.',
    'Posted to Lisbon in 2019, she learned Portuguese.',
    'The union wants unlimited access to the depot for its members.',
    'One reply to “Why now?” was enough for the council.',
    'iPhone maker and YouTube owner sign PlayStation deal',
    'Get the latest figures and the ferry will look cheap, the minister said.',
    'Instagram and YouTube were fined on Monday.',
    '5 thoughts on ‘Oppenheimer’',
    'Similar stories emerged elsewhere.',
    'Top movers: ExxonMobil, ConocoPhillips, TotalEnergies, ArcelorMittal, BlackRock',
    'Get unlimited access to the museum for $80 a year.',
    'Most voted',
    'YouTube',
    'TikTok, the new Facebook',
    'Share on Instagram',
    'You are here: the new map of the city’s bus routes',
    'Bedtime stories for toddlers, each a 5 min read',
    'Get the latest updates on the storm',
    'Newest first',
    'Harbour firm moves its JavaScript and PlayStation teams to the WhatsApp building',
  ])('keeps %j as body text', (line) => {
    expect(siteJunkReason(line)).toBeNull();
  });
});

describe('list markers and section labels', () => {
  it('knows the headings of link lists', () => {
    for (const line of [
      'Similar news published during the week',
      'Related posts:',
      'Related',
      'More from Sallowfield Echo',
      'You may also like',
      'Most read',
      'LATEST ENTERTAINMENT NEWS STORIES',
    ]) {
      expect(isRelatedListMarker(line), line).toBe(true);
    }
    expect(isRelatedListMarker('Related talks broke down on Monday.')).toBe(false);
  });

  it('knows section labels', () => {
    expect(isSectionLabel('Analysis')).toBe(true);
    expect(isSectionLabel('Breaking News')).toBe(true);
    expect(isSectionLabel('Entertainment News')).toBe(true);
    expect(isSectionLabel('In short')).toBe(true);
    // Paywall marks are labels only above the body (clean-lines.ts); "Premium" may be a heading in it.
    expect(isSectionLabel('Subscriber')).toBe(true);
    expect(isSectionLabel('Premium')).toBe(true);
    expect(isSectionLabel('Analysis of the budget')).toBe(false);
  });
});
