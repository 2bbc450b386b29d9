/**
 * Site boilerplate: lines a news page wraps around every article (share buttons, prompts, navigation,
 * footers). Each rule matches a whole line and only shapes that never occur as a sentence of news, so
 * these hold anywhere in the text. Returns the reason, in words a reader understands, or null.
 */

const SHARE_WORDS = new Set(
  (
    'share shares sharing this article story post page on via to the in new window opens open click with your ' +
    'a friend friends copy link more it pin save x email e mail print tweet facebook twitter whatsapp linkedin pinterest ' +
    // "Share Adjust Comment Print": a paper's toolbar, its text size button among the share buttons.
    'adjust comment comments ' +
    'reddit telegram messenger flipboard tumblr pocket mastodon threads bluesky sms'
  ).split(' '),
);
const SHARE_ANCHORS = new Set(
  'share tweet email print facebook twitter whatsapp linkedin pinterest reddit telegram messenger flipboard tumblr mastodon bluesky'.split(
    ' ',
  ),
);

const OTHER_NETWORKS = new Set(['instagram', 'youtube', 'tiktok', 'snapchat']);
/** The share buttons' labels, to part them where they ran together. */
const SHARE_LABELS = /facebook|twitter|whatsapp|linkedin|e-?mail|pinterest|reddit|telegram|print|share|tweet|messenger|flipboard|tumblr/giu;

const COOKIE_NOTICE =
  /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent))\b/i;

const RULES: readonly (readonly [RegExp, string])[] = [
  [/^(?:like\s+)?loading(?: (?:comments|video|content|player|article))?\s*(?:\.{2,}|…)?$/i, 'loading indicator'],
  [/^like this\s*:?$/i, 'share buttons'],
  // "Share this article with Google Plus", "Share this story on Facebook": one button's label.
  [/^share (?:this|the) (?:article|story|post|page|video)(?: (?:on|with|via|to) [\p{L}+ ]{1,25})?\W*$/iu, 'share buttons'],
  [COOKIE_NOTICE, 'cookie notice'],
  // A cookie banner's heading: "Cookies on the Harbour Times website".
  [/^cookies on (?:the )?.{1,60}\bwebsites?$/i, 'cookie notice'],
  [/^(?:accept(?: all)?|reject(?: all)?|manage (?:cookies|preferences|consent|settings)|got it)\W*$/i, 'cookie notice'],
  [
    /^(?:sign up|subscribe|register|get|join|receive)\b.{0,100}\b(?:newsletters?|inbox|e-?mail (?:alerts?|updates)|briefing|bulletin|digest)\b|^sign up for (?:our|the) e-?mails\W*$/i,
    'newsletter prompt',
  ],
  [/\bnewsletters?\b.{0,100}\b(?:sign up|subscribe)(?: now| today| here)?\W*$/i, 'newsletter prompt'],
  // A sign-up box's lines: "Delivered to your inbox every Wednesday.", "Check out a sample ReCap newsletter."
  [
    /^(?:delivered|sent) (?:straight |directly |right )?to your inbox(?: (?:every|each|on|twice|once) [\p{L} ]{1,30}| daily| weekly)?\W*$/iu,
    'newsletter prompt',
  ],
  [/^(?:check out|see|view|preview) (?:a|our|the) sample\b.{0,40}\bnewsletter\W*$/i, 'newsletter prompt'],
  // "Welcome to The First News weekly newsletter": a sign-up box's greeting.
  [
    /^[Ww]elcome to (?:[Tt]he |[Oo]ur )?(?:(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}|(?=\p{Ll}))(?:(?:weekly|daily|monthly|morning|evening)\s+)?newsletters?\W*$/u,
    'newsletter prompt',
  ],
  [/^would you like to (?:subscribe|sign up) to (?:our|the) .{0,40}\bnewsletters?\?$/i, 'newsletter prompt'],
  // "To activate the text-to-speech service, please first agree to the privacy policy below.": a reading-aloud
  // player's notice.
  [/^to (?:activate|use|enable) the text-to-speech (?:service|function|feature),? please\b.{0,100}$/i, 'audio player'],
  // A sign-up box's heading and line: "Subscribe to Updates", "Get the latest creative news from FooBar about art."
  [
    /^(?:subscribe to (?:our |[A-Z]\S* )?updates|newsletter sign[- ]?up|get the latest\b.{0,40}\bnews from \S.{0,40}\babout\b.{1,60})\W*$/i,
    'newsletter prompt',
  ],
  [
    /^(?:enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address|subscribe(?: now| today| here)?|sign up(?: now| today| here)?|already (?:a subscriber|have an account)\??.{0,30}|thanks? (?:you )?for (?:subscribing|signing up)\W?.{0,60}|support (?:our|independent) journalism.{0,80}|by (?:signing up|subscribing|clicking)\b.{0,120}|by (?:continuing|registering|submitting|proceeding)\b.{0,60}\byou (?:agree|accept|consent)\b.{0,100})\W*$/i,
    'newsletter prompt',
  ],
  [
    /\b(?:subscribe (?:now )?to (?:continue|read|keep reading)|for subscribers only|subscriber-only|to continue reading,? (?:please )?(?:log in|sign in|subscribe)|you have reached (?:your|the) (?:limit|maximum)|free articles? (?:left|remaining)|already a subscriber)\b/i,
    'paywall notice',
  ],
  // A subscription box's lines: "Join EUobserver today", "... or subscribe as a group", "Get instant access to all
  // articles — and 20 years of archives. 14-day free trial." ("Choose your plan" and "Already a member?" may head a
  // consumer guide's sections.)
  [
    /^(?:[Jj]oin (?:\p{Lu}\S*|us) today!?|(?:\.{3}|…)?\s*or subscribe as a (?:group|team)|[Gg]et instant access to\b.{0,100}\bfree trial\W*)$/u,
    'subscription prompt',
  ],
  // "subscribe Just R20 for the first month. Support independent journalism by subscribing to our digital news
  // package.": an offer and its plea, run on to the line above once the timestamp between was taken out. The site's
  // own ("to our ..."), not a plea a story reports ("..., urged the council's chair").
  [
    /^(?=.{0,250}$)(?:subscribe\b.{0,80}?[.!]\s*)?(?:please\s+)?support (?:independent|quality|local|our) journalism by subscribing to our\b[^.!?]*[.!]?$/iu,
    'subscription prompt',
  ],
  [
    /^(?:never miss (?:a|another) (?:[\p{L}-]+ ){0,2}(?:story|stories|update|headline|thing)|(?:sign up|subscribe|start|get)\b.{0,60}\bunlimited digital access\b.{0,120})\W*$/iu,
    'subscription prompt',
  ],
  [
    /^(?:readers like you (?:keep|make|help|support|fund)\b.{0,80}|your support (?:helps us|makes all the difference|matters)\b.{0,80}|support (?:our|independent|quality) journalism\b.{0,80}|(?:please )?consider (?:supporting us|supporting our (?:work|journalism|newsroom)|donating to us)\b.{0,80})$/i,
    'support prompt',
  ],
  // A reader-funded site's appeal: "More than 5,000 readers have already pitched in to keep free access to The Journal.",
  // "For the price of one cup of coffee each week you can help keep paywalls away." (its buttons: clean-lines.ts). Not
  // a story's readers giving to an appeal ("More than 400 readers have donated to the appeal ..."), nor an editor
  // reported ("For the price of a cup of coffee a week, subscribers help support local journalism, said Quill.").
  [
    /^(?!.*\bsaid\b)(?=.*\b(?:free access|journalism|news|paywalls?)\b)(?:more than |over )?[\d,]+ readers (?:have )?already (?:pitched in|chipped in|contributed|donated) to (?:keep|support|fund|help)\b.{0,100}$/i,
    'support prompt',
  ],
  [/^for (?:the price of )?(?:a|one) cup of coffee\b.{0,40}\byou can\b.{0,40}\b(?:paywalls?|journalism|news)\b.{0,40}$/i, 'support prompt'],
  // A public broadcaster's banner: "We Get Support From:", "Become a Supporter".
  [/^(?:we get support from|become a (?:supporter|sustaining member|member|donor))\W*$/i, 'support prompt'],
  [
    /^(?:read (?:more|also|next)|also read|see also|see more|related(?: (?:story|article|post|coverage|content|link|reading))?|recommended|don'?t miss|must read|watch|listen|explore further)\s*[:|»>–—-]\s*\S.{0,160}$/i,
    'related link',
  ],
  // "Don't miss these stories from PRO:": a box of links under its heading ("Don't miss these five events:" opens a
  // list of the article's own).
  [/^don'?t miss (?:these|our|the latest|more) (?:stories|articles|reads|posts|headlines)\b.{0,40}:$/i, 'related link'],
  // "[TRENDING: 5 tips to cool your car | What's the tunnel?]": a box of links to other stories, in brackets.
  [/^\[(?:trending|related|read more|more|also read|see also|recommended|watch|listen)\s*:[^\]]{1,250}\]$/i, 'related link'],
  // "See also  The caretaker cabinet ...": the marker and the linked headline run together, no mark between.
  [/^(?:[Ss]ee also|[Aa]lso read|[Rr]ead also)\s+\p{Lu}.{0,160}$/u, 'related link'],
  // "VIDEO: Here's how ranked-choice voting works", "MEET THE CANDIDATES: Mark Leno": a link to another page, labelled
  // in capitals. Only capitals: "Video: how the vote works" may be a section's name.
  [
    /^(?:(?:MEET THE CANDIDATES?|MORE COVERAGE|FULL COVERAGE|READ|MORE NEWS|LATEST NEWS|MORE STORIES|TOP STORIES|RELATED NEWS|TRENDING(?: NOW)?)\s*:|RELATED(?=\s+\p{Lu}\p{Ll}))\s*\S.{0,160}$/u,
    'related link',
  ],
  // "Before You Leave, Check This Out": the heading of a box of other stories under the article.
  [/^before you (?:go|leave),?\s*check (?:this|these|it) out\W*$/i, 'related link'],
  [/^watch (?:the |our )?(?:latest|more|all)\b.{0,40}\bvideos?\W*$/i, 'video promotion'],
  // "Watch every Matildas match live and free on 7plus >> or stream all matches on Optus Sport >>": a broadcaster's
  // offer, its links marked with arrows.
  [/^(?:watch|stream|listen|catch)\b.{0,160}\s>>$/i, 'video promotion'],
  // "WATCH THE VIDEO ABOVE: Tony Gustavsson speaks after the game.": a pointer to a player, and what it shows.
  [
    /^(?:watch|listen to) (?:the |our )?(?:video|clip|interview|report|audio|highlights) (?:above|below)\s*:.{0,160}$/i,
    'media placeholder',
  ],
  // "@nrl Coates clinches it for the Storm! #NRLStormWarriors ♬ original sound - NRL": an embedded short video's text.
  [/^@[\w.]{1,30}\s.{0,300}♬\s*original sound\b/iu, 'embedded post'],
  [/^hide (?:ad|ads|advert|advertisement)\W*$/i, 'advertisement'],
  // "Your playlist will load after this ad": a video player's wait for its advert.
  [/^your (?:playlist|video) will (?:load|play|start|begin) after (?:this|the) (?:ad|advert|advertisement)\W*$/i, 'advertisement'],
  // "- Sponserd Ads -", "Sponsored Links": an advert slot's label, spelt as the page spelt it, dashes and all.
  [/^[-–—*•\s]*(?:spons[eo]re?d|sponserd)\s+(?:ads?|adverts?|links?|stories)[-–—*•\s]*$/i, 'advertisement'],
  // "EXPOSED!! POPULAR ABUJA DOCTOR REVEALED HOW ... IT KILLS!": a long line all in capitals that shouts "!!" is an
  // advert's, never a paragraph's (a headline in capitals is short and does not).
  [/^(?=.*!!)[^\p{Ll}]{60,400}$/u, 'advertisement'],
  [/^(?:more (?:images|photos|pictures)|view (?:the )?gallery|read some more)\W*$/i, 'read-more link'],
  [/^(?:facebook|disqus) comments\W*$/i, 'comments prompt'],
  // A print-and-share plugin's label: "Print Friendly, PDF & Email".
  [/^print friendly(?:,? (?:pdf|email)(?: (?:&|and) (?:pdf|email))?)?\W*$/i, 'share buttons'],
  // "[youtube=http://www.youtube.com/watch?v=SCGdrI0gT4E&w=600]": a blog's code for a player, which the page draws.
  [/^\[(?:youtube|vimeo|video|audio|embed|gallery|slideshare|soundcloud)[=\s][^\]]{0,300}\]/i, 'embedded player'],
  // "View identifying information on the individuals designated today.": a release's link to its annex.
  [
    /^(?:view\s+)?identifying information on the (?:individuals?|entities|entity|persons?)\b[^.!?,]{0,60}\b(?:designated|sanctioned|listed)(?: today| here| below)?\.?$/i,
    'link to more',
  ],
  // "A post shared by Jim Parsons (@therealjimparsons) on": an embedded social media post's signature.
  [/^an? (?:post|photo|video) shared by\b[^.!?]{1,60}\(@\w{1,30}\)[^.!?]{0,40}$/i, 'embedded post'],
  [
    /^this (?:article|story|page|was) (?:was )?(?:first )?published (?:more than )?(?:\d+|a|an|one) (?:years?|months?) ago\W*$/i,
    'archive notice',
  ],
  [/^this (?:article|story|page) is from [\p{L}\d ,.]{4,30}$/iu, 'archive notice'],
  // "This is an archived article and the information in the article may be outdated. Please look at ...".
  [/^this is an archived (?:article|story|page)\b.{0,200}$/i, 'archive notice'],
  // "• Save to favorites": a button that keeps the article for later.
  [/^[•·*\s]*(?:save|add) to (?:my )?(?:favou?rites|bookmarks|reading list)\W*$/i, 'bookmark button'],
  [/^your (?:web )?browser is (?:no longer supported|not supported|out of date)\b.{0,100}$/i, 'browser warning'],
  [/^have your say\W*$/i, 'comments prompt'],
  // "Stay up to date with notifications from The Independent", "Notifications can be managed in browser preferences."
  [
    /^(?:stay up to date with (?:notifications|alerts)\b.{0,60}|notifications can be managed in (?:your )?browser (?:preferences|settings)\W*)$/i,
    'notifications prompt',
  ],
  [
    /^(?:read more|continue reading|read the full (?:story|article)|read on|show more|view more(?: videos?| photos| stories)?|see more|load more(?: comments)?|click here\b.{0,100})\s*(?:\.{2,}|…|»|>|→)?$/i,
    'read-more link',
  ],
  // "Read the full article here", "Read more on the NHS crisis": a link's words, with where it goes. Not a sentence
  // ("Read more about why this is important."), which a post may end on.
  [
    /^(?:read (?:the )?(?:full|whole|original) (?:story|article|report|interview)(?: here| on [^.]{1,40})?|read more (?:on|about|from|at) [^.]{1,60})$/i,
    'read-more link',
  ],
  // "@New Vision": a site's handle alone on its line.
  [/^@[\p{L}\p{N}_]+(?: [\p{Lu}][\p{L}\p{N}_]*){0,3}$/u, 'social media prompt'],
  [
    /(?:auto-generated from a syndicated feed|has not been edited by .{1,60} staff|headline of this report may have been reworked)/i,
    'syndication notice',
  ],
  [/^disclaimer\s*:/i, 'disclaimer'],
  // A post-rating plugin's box: "How useful was this post?", "Click on a star to rate it!", "No votes so far! ...".
  [
    /^(?:how useful was this (?:post|article)\?|click on a star to rate it!?|average rating\b[\s\d./]*\bvote count\s*:?\s*\d*|no votes so far! be the first to rate this (?:post|article)\.?|as you found this (?:post|article) useful\W*|we are sorry that this (?:post|article) was not useful for you!?|let us improve this (?:post|article)!?|tell us how we can improve this (?:post|article)\??|(?:please )?rate this (?:post|article)\W*|submit rating)$/i,
    'rating widget',
  ],
  [/^you are (?:at|here)\s*:\s*\S.*\s?[»›>/]\s?\S/i, 'breadcrumbs'],
  // "SunitaBy SunitaApril 6, 2025006 Mins Read": a byline, date and reading time run together, ending in the time
  // (a year or "by" before it, no title's colon).
  [/^(?=[^:]*$)(?=.*(?:\bBy|\d{4})).{0,60}\b\d+\s*mins?\.?\s*read$/i, 'reading time'],
  [/^what (?:do )?you think\?$/i, 'comments prompt'],
  // "One reply on “...”", "3 responses to “...”": a blog's count of comments on the post, by its title.
  [/^(?:one|no|\d+) (?:repl(?:y|ies)|comments?|responses?) (?:on|to) ["“‘'].{1,200}["”’']$/i, 'comments prompt'],
  // A comment plugin's controls: "Notify of", "Inline Feedbacks", "View all comments".
  [/^(?:notify of|inline feedbacks?|view all comments|see all (?:responses|comments)|load more comments)\W*$/i, 'comments form'],
  // The comments policy under a Newsquest paper's stories: "Comments: Our rules", "We want our comments to be a lively and
  // valuable part of our community ...", "Please report any comments that break our rules.", "Read the rules here".
  [
    /^(?:comments: our rules|we want our comments to be a lively and valuable part of our community\b.{0,200}|please report any comments that break our rules\.?|read the rules here\.?)$/i,
    'comments policy',
  ],
  // WordPress's comment form in Spanish: "Deja una respuesta", "Tu dirección de correo electrónico no será publicada."
  [/^(?:deja (?:una respuesta|un comentario)|tu (?:dirección de )?correo electrónico no será publicad[oa]\b.{0,80})$/i, 'comments form'],
  // A blog host's comment form, left in the page's text.
  [
    /^(?:please complete the required fields\.?|your email address will not be published\.?(?: required fields are marked \*?)?|fill in your details below or click an icon to log in\b.{0,30}|you are commenting using your\b.{0,60}|connecting to %s|%d bloggers like this\W*|notify me of (?:new|follow-up) (?:comments|posts)\b.{0,60})$/i,
    'comments form',
  ],
  [/^(?:tags?|tagged(?: with| in)?|topics|filed under|categories|category|posted in|keywords|related topics)\s*:.{0,300}$/i, 'tag list'],
  [/^(?:#[\p{L}\p{N}_]+[\s,]*){1,12}$/u, 'tag list'],
  // "tags #India #Politics": the label, then the tags as hashtags.
  [/^(?:tags?|topics)\s+(?:#[\p{L}\p{N}_]+[\s,]*){1,12}$/iu, 'tag list'],
  [/^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i, 'site footer'],
  [/\ball rights reserved\b/i, 'site footer'],
  // "Copyright Business Recorder, 2024", "Copyright Noah Berger/AP": a site's or a picture's copyright, its year or
  // its agency after the name.
  [/^copyright\s+(?:©\s*)?\p{Lu}[^.!?]{1,60}(?:,\s*\d{4}|\/\s*\p{Lu}[\p{L}.]*)$/iu, 'site footer'],
  // "Story Code : 1153231": the page's own number for the story.
  [/^(?:story|article|news) (?:code|id|no\.?|number)\s*:\s*\d+$/i, 'site navigation'],
  [/^share this (?:article|story|post)\s*comments?$/i, 'share buttons'],
  [/^our standards\s*:/i, 'site footer'],
  [
    /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service)| (?:and|&) conditions)?|cookie policy|contact us|about us|advertise(?: with us)?|careers|sitemap|accessibility|back to top(?: button)?|scroll (?:up|to top|back to top)|skip to (?:main )?content.{0,60}|go to (?:main )?contents?|(?:open|close) search|play live radio|available on air stations|skip navigation|jump to navigation|toggle navigation|menu|close|search|sign in|log in|log out|register|home|you are here|(?:left|right|main|open|close|mobile) menu|(?:font|text) size|powered by .{1,40})\W*$/i,
    'site navigation',
  ],
  [
    /^[-–—\s]*(?:(?:advertisement|advertising|ad)\W*)?(?:advertisement(?: \d{1,3})?|advertising|sponsored(?: content| post| advertisement| ad| links?)?|ads? by \S+|(?:story|article) continue[sd] (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: with content)?|continue reading below|paid (?:post|content)|promoted(?: content)?)\W*$/i,
    'advertisement',
  ],
  [
    /^(?:(?:\d+|no)\s+)?(?:reader |readers' |user )?comments?(?: yet)?(?:\s*\(\d+\))?\W*$|^(?:please enter your (?:comment|name)(?: here)?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|join the (?:conversation|discussion)|view comments|show comments|comments? (?:are )?closed|be the first to comment|you must be logged in to post a comment)\b.{0,60}$/i,
    'comments prompt',
  ],
  [
    /^(?:click to follow\b.{0,60}|follow (?:us|@\w+)\b.{0,100}|like us on facebook.{0,40}|join (?:us|our) .{0,30}(?:channel|group|community)\b.{0,40}|for (?:the )?latest (?:news|updates)\b.{0,80}\b(?:follow|download|subscribe|join|click)\b.{0,60}|for all the latest (?:[\p{L}-]+ ){0,3}news\b.{0,40}\bdownload\b.{0,60}|catch all the\b.{0,80}\bnews\b.{0,80})$/iu,
    'social media prompt',
  ],
  // "For the latest news, weather, sports, and streaming video, head to The Hill.": the site sending readers home.
  [/^for (?:the )?latest news\b[^.!?]{0,80},\s*head to (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}\.?$/iu, 'social media prompt'],
  // "Follow AsumeTech on": a site's own accounts, their icons after "on" lost.
  [/^[Ff]ollow (?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,3}on\W*$/u, 'social media prompt'],
  [/^(?:download|install|get|tap to (?:install|download|get))\b.{0,80}\bapps?\b.{0,60}$/i, 'app prompt'],
  // "Reading this on mobile web? Download our news app. It's faster ... Download in the Apple Store or Google Play.":
  // the site's app offered, and where to get it, opening the line (perhaps after a question to the reader).
  [
    /^(?=.{0,300}$)(?:[^.!?"“”‘’]{0,60}\?\s+)?download our (?:[\p{L}-]+ ){0,2}apps?\b.*\b(?:app store|apple store|google play|play store)\b/iu,
    'app prompt',
  ],
  // "I am a senior journalist for the Central Western Daily. ... Drop me an email at <address>": the writer's own note
  // on themselves, under the article: an address to write to, or the note opening with who they are.
  [
    /^(?=.{0,400}$)(?!.*["“”‘])(?:.*\b(?:drop me an? e-?mail|e-?mail me) (?:at|on) [\w.+-]+@|I(?:'m| am) an? (?:[\p{L}-]+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|columnist) (?:for|at|with) .*\bdrop me an? e-?mail\b)/iu,
    'author note',
  ],
  // "Want to discuss? Please read our Commenting Policy first.": the rules for comments, under the article.
  [
    /^(?:[^.!?]{0,40}\?\s*)?(?:please )?read (?:our|the) (?:commenting|comments?|community) (?:policy|guidelines|rules)\b.{0,40}$/i,
    'comments prompt',
  ],
  // "X", "✕": a box's close button, its only mark.
  [/^[x×✕✖]$/i, 'close button'],
  // "Translate", "Select Language": a translation widget's label.
  [/^(?:translate|select language|google translate)$/i, 'site widget'],
  // "Published: Updated:": a page's time labels, their times lost (one alone may be body: clean-lines.ts).
  [/^(?:(?:first |last )?(?:published|updated|posted|modified)\s*:?\s*){2,3}$/i, 'timestamp label'],
  // "Date:": a dateline's label, its date lost. With the colon: "Date" alone may be a word of the body.
  [/^date\s*:$/i, 'timestamp label'],
  // A bare zero standing where a page showed its comments or shares: a real count may be the body's answer.
  [/^0$/, 'counter'],
  [
    /^(?:(?:play|watch) (?:the )?video|video player is loading\.?|now playing|this video can(?:not|'t) be played.{0,60}|your browser does not support .{0,60}|duration\s*:?\s*\d+:\d+|image|photo|video|embed|gallery|audio|(?:photo |image )?caption)\W*$/i,
    'media placeholder',
  ],
  [
    /^(?:(?:\d[\d,.]*k?\s+)?\d+\s*(?:min(?:ute)?s?|m)\.?\s*read|reading time\s*:?\s*\d+.{0,15}|listen to (?:this )?(?:article|story).{0,30}|\d+:\d+\s*listen)\W*$/i,
    'reading time',
  ],
  [/^open this (?:photo|image|picture) in (?:the )?gallery\W*$/i, 'gallery controls'],
  // "“": a quote mark left alone where the page's markup split a quotation from its mark.
  [/^["“”‘’„«»]+$/u, 'stray quote mark'],
  // ">", "»": a link's arrow left alone on its line.
  [/^[<>›‹→←]+$/u, 'stray arrow'],
  [/^(?:view (?:gallery|photos?|slideshow)|(?:image|photo|slide) \d+ of \d+|\d+\s*\/\s*\d+ (?:photos?|images?))\W*$/i, 'gallery controls'],
  // A weather box's temperature alone on its line, perhaps after its label: "25°C", "Current Conditions Mostly Cloudy -0.2°C".
  [/^(?:Current Conditions\b.{0,40}?\s)?-?\d{1,3}(?:\.\d)?\s?°\s?[CF]?$/u, 'weather widget'],
  // Or with the place it is for after it, after a bar or to two decimals as a feed gives it: "| 4°C Dublin", "16.13°C
  // Kathmandu" ("50.5°C Jacobabad" may be a heatwave story's list of readings).
  [/^(?:\|\s*-?\d{1,3}(?:\.\d{1,2})?|-?\d{1,3}\.\d{2})\s?°\s?[CF]\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u, 'weather widget'],
  [/^copy link$/i, 'share buttons'],
  [/^(?:[\p{L} ]{1,20}:\s*)?(?:https?:\/\/|www\.)\S+$/iu, 'link'],
  // "Breaking News Emails", "Get breaking news alerts and special reports.": a sign-up box.
  [/^(?:breaking news|news) (?:e-?mails?|alerts|newsletters?)$/i, 'newsletter prompt'],
  [/^get (?:breaking )?news alerts\b.{0,120}$/i, 'newsletter prompt'],
  // "Listen below to the full conversation:", "Watch the video above": a pointer to a player the text lost.
  [/^(?:listen|watch)\b(?:.{0,60}\b(?:below|above)\W*| (?:below|above)\b.{0,60})$/i, 'media placeholder'],
  [
    /\b(?:(?:an? )?(?:older|outdated|unsupported) (?:web )?browser(?: version)?|(?:IE|Internet Explorer) ?\d* is (?:not|no longer) supported|(?:update|upgrade) your browser|enable javascript|javascript is (?:disabled|required))\b/i,
    'browser notice',
  ],
  [/^(?:jump|skip) (?:directly )?to (?:the )?(?:main )?(?:content|article|navigation)\W*$/i, 'site navigation'],
  // A masthead's slogan in capitals, or its plea in the second person: "COSTA RICA'S LEADING ENGLISH LANGUAGE
  // NEWSPAPER", "Your number one source for local news" (a headline or a sentence about a paper is neither).
  [
    /^(?:(?=[^\p{Ll}]*$)[\p{Lu}'’ -]{0,40}\s|[Yy]our\s(?:[\p{L}'’ -]{0,30}\s)?)(?:LEADING|PREMIER|NUMBER ONE|#1|LARGEST|MOST TRUSTED|MOST READ|number one|leading|most trusted)(?:\s[\p{L}'’ -]{0,40})?\s(?:NEWSPAPER|NEWS SOURCE|NEWS SITE|NEWS WEBSITE|ONLINE NEWS|newspaper|news source|source for (?:\p{L}+ )?news|news site|news website)!?$/u,
    'site slogan',
  ],
  // An author's picture's label left as text: "admin's picture" (a user's name in lower case), "Jane Roe's avatar"
  // ("Mystery of the soldier's photo" is a headline, "My Father's Picture" a film).
  [
    /^(?:[\p{Ll}\d._-]{1,30}['’]s (?:picture|avatar|profile picture|photo)|[\p{L}.' -]{1,40}['’]s (?:avatar|profile picture))$/u,
    'author picture',
  ],
  // A server's own error where a page's part should have been: "[an error occurred while processing this directive]".
  [/^\[an error occurred while processing this directive\]$/i, 'server error'],
  [/^comments powered by \S+$/i, 'comments prompt'],
  // "The content originally appeared on: Jamaica News Loop News": a syndicated story's note of where it ran first.
  [/^(?:the )?(?:content|story|article) (?:originally|first) appeared on\s*:\s*\S.{0,80}$/i, 'syndication note'],
  // "Send your news stories to and via WhatsApp on +233 55 ...": the paper asking for tips.
  [/^send (?:us )?your (?:news )?(?:stories|tips)\b[^,]{0,120}$/i, 'contact prompt'],
  // "Fb Img 1654030990819 490x653 1": an image's file name, its number and size, for its missing alt text.
  [/^[\p{L} _-]{0,30}\d{8,}[ _-]\d{2,4}x\d{2,4}(?:[ _-]\d{1,2})?$/u, 'image file name'],
  // "SPH Brightcove Video", "Remote video URL": where a video player stood, its label or its address's field.
  [/^(?:(?:[\p{Lu}\d]{2,6} )?brightcove video(?: player)?|remote video url)$/iu, 'media placeholder'],
  // "No caption": a picture's empty caption, as a page's template fills it.
  [/^no caption(?: available)?$/i, 'media placeholder'],
  // "By unknown", "| By": a byline with no name, as a page's template leaves it ("By" alone over a name is a label).
  [/^(?:\|\s*by|by (?:unknown|anonymous))$/i, 'empty byline'],
  // "![]() |": an image in a page's Markdown, its address lost (a table's bar after it).
  [/^\|?\s*!\[[^\]]{0,200}\]\([^)]{0,300}\)\s*\|?$/u, 'media placeholder'],
  // "Would you like to contribute to this story? Join the discussion.": the comments box's invitation.
  [/^would you like to (?:contribute to|comment on|share your (?:views|thoughts) on) this (?:story|article)\b.{0,60}$/i, 'comments prompt'],
  // "Decrease Increase Text size", "A- A+ Font size": the buttons that resize the page's text.
  [
    /^(?:(?:decrease|increase|reset|smaller|larger|a-|a\+)\s*){2,3}(?:(?:text|font) size)?\W*$|^(?:decrease|increase|reset)\s+(?:text|font) size\W*$/i,
    'site widget',
  ],
  // "Enlarge", "Enlarge this image": an image viewer's button.
  [/^(?:enlarge|expand)(?: (?:this )?(?:image|photo|picture))?\W*$/i, 'gallery controls'],
  // "17 Views", "1.2k shares": how often the page was read or passed on.
  [/^\d[\d,.]*\s*[km]?\s+(?:views|reads|shares|likes|hits)$/i, 'counter'],
  // "1. «", "2. 1", "4. »": a pager's numbered links, their pages' numbers and arrows.
  [/^\d{1,2}\.\s*(?:[«»‹›<>]|\d{1,3})$/, 'pagination'],
  // "?? ??": characters the page's encoding lost, nothing else.
  [/^[?\s]*\?\?[?\s]*$/, 'encoding debris'],
  // "Newspapers in English", "Newspapers from South Africa": a newspaper kiosk's links under the page it shows.
  [/^Newspapers (?:in English|from \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u, 'site navigation'],
  // "AdvertisementAdvertise with NZME.": an advert's label run into the site's own offer.
  [/^advertisement\s*advertise with .{1,40}$/i, 'advertisement'],
  // "Screen_Shot_2023_02_22_at_11.01.05_AM.png", "AdobeStock_42983603.jpeg": an image's file name where it stood.
  [/^[\p{L}\p{N}_.()-]+\.(?:png|jpe?g|gif|webp|avif|svg|tiff?)$/iu, 'image file name'],
  // "17074502_web1_170407-BPD-CHILLIWACK-COURTHOUSE": one, its extension dropped, named by an upload's number first
  // (not "customer_master_2019_backup", a table's name in a story on software).
  [/^\d{6,}(?:_[\p{L}\p{N}-]+){2,}$/u, 'image file name'],
  // "• Oops!", "Something went wrong.", "Please try again later.": a widget's error where it failed to load.
  [/^[•·*\s]*(?:oops!?|something went wrong\.?|please try again(?: later)?\.?)$/i, 'widget error'],
  // A video player's error: "We apologize, but this video has failed to load.", "Try refreshing your browser, or",
  // "tap here to see other videos from our team."
  [
    /^(?:we apologi[sz]e, but this video has failed to load\.?|try refreshing your browser,? or|tap here to see other videos from our team\.?)$/i,
    'widget error',
  ],
  // Postmedia's markers around the body's blocks, and a theme switch: "Article content", "Dark Light".
  [/^(?:article content|dark light|light dark)$/i, 'site widget'],
  // A paywall's lines: "Register for free to read more of the latest local news.", "Subscribe now for unlimited
  // access.", "or signup to continue reading".
  [/^register (?:for free|now|today)\b.{0,40}\bto (?:read|continue|keep reading)\b.{0,120}$/i, 'paywall notice'],
  [/^subscribe (?:now|today) (?:for|to get) (?:unlimited|full|digital) access\W*$/i, 'paywall notice'],
  [/^(?:or )?(?:sign ?up|log ?in|register|subscribe) to (?:continue|keep) reading\W*$/i, 'paywall notice'],
  // An embedded tweet's text, ending on its picture's link: "(A Thread 🧵) pic.twitter.com/XM5YmnhX2Y".
  [/\bpic\.twitter\.com\/\w+\s*$/i, 'embedded post'],
  // A comments box's and a video box's labels: "Comments News Comments", "Post new Comment", "Recommended video".
  [/^(?:comments? news comments?|post (?:a )?new comment)$/i, 'comments prompt'],
  [/^recommended videos?$/i, 'video promotion'],
  // "Home » Empty wells, empty stomachs: ...": a trail of the page's sections from its home page.
  [/^home\s*[»›>]\s*\S.{0,200}$/i, 'breadcrumbs'],
  // "Senior Reporter andrea.perez-sobers@guardian.co.tt": the writer's post and address, under the byline.
  [
    /^(?:(?:senior|chief|staff|political|business|health|sports?) )?(?:reporter|correspondent|writer|editor)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
    'author contact',
  ],
  // "This advertisement has not loaded yet, but your article continues below.": Postmedia's advert slot, empty.
  [/^this advertisement has not loaded yet\b.{0,80}$/i, 'advertisement'],
  // "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later."
  [
    /^we(?:'|’| a)re sorry,? (?:but )?this (?:feature|content|video|widget|service) is (?:currently |temporarily )?unavailable\b.{0,120}\bplease try again(?: later)?\.?$/i,
    'widget error',
  ],
  // A newspaper's imprint: "Editor : M. Shamsur Rahman" (a name of initials and capitalised words only: "Editor: Thank
  // you" answers in a transcript), "Published by the Editor on behalf of ...", its offices.
  [
    /^(?:[Ee]ditor|[Aa]cting [Ee]ditor|[Ee]xecutive [Ee]ditor|[Ee]ditor-in-[Cc]hief)\s*:\s*(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}$/u,
    'site footer',
  ],
  // A wire story's last line, the handle of its editor ("Editor: yan"), no word of a reply ("Editor: me").
  [/^Editor:\s*(?!(?:me|you|yes|no|ok|okay|thanks|sure|right|well|so|and|but|hi|hello)$)\p{Ll}{2,10}$/u, 'site footer'],
  [/^(?:printed and )?published by the (?:editor|publisher)\b.{0,200}$/i, 'site footer'],
  [/^(?:editorial,? )?news (?:&|and) commercial offices?\s*:/i, 'site footer'],
  // Rules ("-----", "* * *") and Markdown's leftovers standing alone ("#", "--", "\---\---"): marks only, so no
  // letter or digit is lost from the body.
  [/^[-=_*~•·.#|\\ ]*[-=_*~•·.#|]$/, 'separator'],
  // An e-paper's page buttons: "Page 1 Page 2 Page 3 ...".
  [/^(?:Page \d{1,3}\s*){3,}$/u, 'pagination'],
  // "mg/ls (Reuters, dpa, AFP)": the writers' initials and the agencies the story drew on, closing it.
  [/^\p{Ll}{2,4}(?:\/\p{Ll}{2,4})+\s*\((?:[\p{L}.]{2,12}(?:,\s*|\s+and\s+|\)$))+$/u, 'agency credit'],
  // A wire's last line, "(END) VLA/MVB": the mark and its editors' initials.
  [/^(?:ends|end|-30-|\(end\)(?:\s+\p{Lu}{2,4}(?:\/\p{Lu}{2,4})*)?|— ?end ?—)$/iu, 'end marker'],
  // An icon font's ligature, its name left as a line where the icon stood ("account_balance", "videocam"), and a
  // theme's image placeholder run together, "spot_imgspot_img". Only names of the usual icons that are no English
  // words ("projects_list" alone on a line is a field a developers' article names); an icon named by a word
  // ("equalizer") only where it stands on several lines of a page (clean-lines.ts).
  [
    /^(?:(?:spot_img)+|account_(?:balance|circle)|arrow_(?:back|forward|drop_down)|chevron_(?:left|right)|expand_(?:more|less)|keyboard_arrow_(?:down|up|left|right)|play_arrow|photo_camera|access_time|date_range|local_offer|videocam)$/u,
    'icon name',
  ],
];

const LETTER_SPACED = /^(?:\p{L} ){4,}\p{L}$/u;

/** "Home » News » World", "Politics | World | Business": three or more short segments. */
const NAVIGATION_SEPARATOR = / (?:[»›>→|•·/]) /;

const MOST_READ_BOX = /^MOST READ (?:IN|ON) [\p{Lu} ]{2,30}\s\p{Lu}.{40,}$/u;

export function siteJunkReason(text: string): string | null {
  // A comments policy or disclaimer runs long, and is no body text however long ("Disclaimer: All the comments will be
  // moderated by ...").
  // "Disclaimer GhanaWeb is not responsible for the reportage ...": the label run on to the notice, no colon.
  if (/^disclaimer\s*:|^disclaimer\s+\p{Lu}\S*\s+is not responsible\b/iu.test(text)) return 'disclaimer';
  // A cookie notice may run long too: "... has updated its Privacy and Cookie policy. We use cookies to ...".
  if (text.length <= 1500 && COOKIE_NOTICE.test(text) && (text.match(/\bcookies?\b/giu)?.length ?? 0) >= 2) return 'cookie notice';
  // "MOST READ IN NEWS IRELAND FREEZES Irish temps to plunge ...": a box of the site's most read stories, its
  // headlines run together; it runs long too.
  if (text.length <= 1500 && MOST_READ_BOX.test(text)) return 'related link';
  if (text.length > 400) return null;
  // "a d v e r t i s e m e n t": a label spaced out letter by letter, read as the word it spells.
  if (LETTER_SPACED.test(text)) return siteJunkReason(text.replace(/ /g, ''));
  for (const [pattern, reason] of RULES) if (pattern.test(text)) return reason;
  if (isSlideCounter(text)) return 'gallery controls';
  // "FacebookWhatsAppEmail": the buttons' labels run together where the markup parted them.
  if (isShareButtons(text) || isShareButtons(text.replace(SHARE_LABELS, ' $& '))) return 'share buttons';
  if (isRunTogetherMenu(text)) return 'site navigation';
  if (isBrowserTitle(text)) return 'page title bar';
  if (isNavigationTrail(text)) return /[»›>→/]/.test(text) ? 'breadcrumbs' : 'site navigation';
  return null;
}

/**
 * "Death Toll Climbs From Guatemala Volcano Eruption - NewsOn6.com - Tulsa, OK - News, Weather, Video and Sports -
 * KOTV.com |": the page's title as a browser's tab shows it, the headline run into the site's names and places by
 * dashes or bars, a web address among them. The headline follows on a line of its own.
 */
function isBrowserTitle(text: string): boolean {
  // Ending on the site's address or a bar, never a sentence's stop ("Donations can be made at the fund's website -
  // helpadley.org - or by phone, the charity said.").
  if (/[.!?]["”’]?$/u.test(text)) return false;
  const parts = text.replace(/\s*\|$/u, '').split(/\s+[-–|]\s+/u);
  const address = (part: string) => /^[\p{L}\d-]+\.(?:com|net|org|co\.uk|com\.au|ca|ie|tv|news)$/iu.test(part.trim());
  return parts.length >= 3 && (address(parts.at(-1) ?? '') || parts.slice(1).filter(address).length >= 2);
}

/**
 * "1 / 12" ... "12 / 12": a slideshow's counter, one line a picture; the first no more than the second, which counts
 * three pictures or more ("24 / 7" and a recipe's "1 / 2" are not).
 */
function isSlideCounter(text: string): boolean {
  const counter = /^([1-9]\d{0,2}) \/ ([1-9]\d{0,2})$/u.exec(text);
  return counter !== null && Number(counter[1]) <= Number(counter[2]) && Number(counter[2]) >= 3;
}

/** Words run together where a menu's items met: "SolutionsLegalReuters", "AccountingBlog" (not "iPhone", "YouTube"). */
const RUN_TOGETHER = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/gu;

/**
 * A menu whose items lost the spaces between them: four joins or more, and none of a sentence's, a list's or code's
 * marks (a list of companies has commas: "ExxonMobil, ConocoPhillips, TotalEnergies, ArcelorMittal").
 */
function isRunTogetherMenu(text: string): boolean {
  return !/[.!?,;=(){}#"“”'’]/u.test(text.replace(/['’]s\b/gu, '')) && (text.match(RUN_TOGETHER)?.length ?? 0) >= 4;
}

/** A line of nothing but share words, with at least one share or network name. */
function isShareButtons(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length > 16) return false;
  // "Facebook X (Twitter) Instagram": a site's own accounts. Networks that are as often a heading or an answer
  // ("YouTube", "TikTok, the new Facebook") count only three or more together, with no comma.
  const followLinks = !text.includes(',') && words.filter((word) => SHARE_ANCHORS.has(word) || OTHER_NETWORKS.has(word)).length >= 3;
  const shareWord = (word: string): boolean => SHARE_WORDS.has(word) || (followLinks && OTHER_NETWORKS.has(word));
  return words.every(shareWord) && words.some((word) => SHARE_ANCHORS.has(word));
}

function isNavigationTrail(text: string): boolean {
  if (text.length > 200) return false;
  const parts = text.split(NAVIGATION_SEPARATOR);
  if (parts.length < 2) return false;
  const short = parts.every((part) => part.trim().split(' ').length <= 5 && !/[.!?]$/.test(part.trim()));
  return short && (parts.length >= 3 || /^home$/i.test(parts[0]?.trim() ?? ''));
}

/** A reactions widget's question: the buttons after it are its answers ("Looks like a mess!", "Very sad!"). */
export function isReactionsPrompt(text: string): boolean {
  return /^(?:what is your (?:response|reaction)|what's your reaction)\W*$/i.test(text);
}

/** "Also read", "You may also want to watch:" standing alone: the line after it is the link. */
export function isReadMoreMarker(text: string): boolean {
  return /^(?:read (?:more|also|next)|also read|see also|also see|must read|don'?t miss|recommended|you may also (?:want|like) to (?:watch|read))\W*$/i.test(
    text,
  );
}

/**
 * Icons a font names by English words, left as lines: "equalizer", "schedule" (see markRepeatedIconWords). "menu",
 * "close", "search", "share" and "print" are the navigation's and share buttons' rules' already.
 */
export const ICON_WORDS = new Set(['equalizer', 'clear', 'mail', 'schedule', 'bookmark', 'visibility']);

/** A heading over a list of links to other articles: the short lines after it are links too. */
export function isRelatedListMarker(text: string): boolean {
  return /^(?:related(?: (?:posts?|articles?|stories|story|news|content|coverage|reading|links|topics|videos?))?|you (?:may|might) also (?:like|be interested in|enjoy)|more (?:from|on|in)(?: .{1,40})?|more (?:stories|news|like this)|more (?:[a-z-]+ ){1,2}articles|recommended(?: (?:for you|stories|articles|reading))?|trending(?: now| stories| news)?|weekly recap|most (?:read|popular|viewed|shared)|popular (?:posts|stories|articles|now)|latest (?:news|stories|articles|posts|videos)|recent articles|latest [a-z]+ news stories|editor'?s picks|(?:[\w-]+\.(?:com|ca|co\.uk|com\.au|org|net|ie|in)\s+)?top stories|in other news|other news(?=\s*:)|more videos|similar (?:news|stories|articles|posts)(?: published)?(?: (?:this|last|during the) (?:week|month))?)\s*[:.…>»]*$/i.test(
    text,
  );
}

/** A heading that heads a list of links only when the list runs to the text's end ("Videos", "Popular Categories"). */
export function isClosingListHeading(text: string): boolean {
  return /^(?:videos|popular categories|categories)\W*$/i.test(text);
}

/** A kicker or section label above the headline ("Analysis", "Politics"): junk only before the body. */
export function isSectionLabel(text: string): boolean {
  return /^(?:in short|subscribers?(?: only| exclusive)?|premium(?: content| article)?|members? only|breaking(?: news)?|exclusive|live(?: updates)?|opinion|analysis|explainer|editorial|update|news|world|politics|business|sport|sports|technology|science|health|entertainment|culture|lifestyle|local|national|international|video|watch|podcast|in pictures)(?: news)?\W*$/i.test(
    text,
  );
}

/**
 * A page's date bar: the day with its year, then the place and its temperature ("Friday 9 June 2023 Dublin: 15°C").
 * Only above the body (clean-lines.ts): a heatwave story's readings are written so too.
 */
export function isDateBarWeather(text: string): boolean {
  return /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \d{1,2},?) \d{4},? \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?:? -?\d{1,3}(?:\.\d)?\s?°\s?[CF]?$/u.test(
    text,
  );
}

/** A reader-funded site's buttons under its appeal ("Support us today", "Not now"): only there (clean-lines.ts). */
export function isSupportButton(text: string): boolean {
  return /^(?:support us(?: today| now)?|not now|maybe later)$/i.test(text);
}
