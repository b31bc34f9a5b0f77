/** English word lists for the meter (see word-lists.ts for what each list is for). */
import { set, type WordLists } from "./word-lists";

export const WORDS_EN: WordLists = {
  articles: set("a an the this that these those some any each every no another such"),
  prepositions: set(
    "of in to for with on at by from about into over after under between through during without against among within upon across along around before behind below beneath beside besides beyond despite down except inside near off onto outside per since than toward towards until unto via regarding concerning throughout amongst whereby",
  ),
  pronouns: set(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves one someone something anyone anything everyone everything nobody nothing somebody anybody everybody who whom whose what which whatever whoever u ur ya",
  ),
  conjunctions: set(
    "and or but so because if when while although though unless whether nor yet as since that whereas",
  ),
  interjections: set(
    "oh ah ahh ohh wow hey hi hello yeah yes yep yup no nope nah ok okay oops ouch uh um umm hmm hm huh ha haha hahaha lol lmao rofl omg wtf damn dang gosh geez jeez yay ugh meh aww bye thanks thx please well alright",
  ),
  verbs: set(
    "be is are am was were been being have has had having do does did done doing will would shall should can could may might must get got gets getting go goes went gone make made say said know knew think thought see saw want wanted like need let take took come came give gave look use find tell ask seem feel try leave call keep put mean become show hear play run move live believe bring happen write provide sit stand lose pay meet include continue set learn change lead understand watch follow stop create speak read allow add spend grow open walk win offer remember love consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report decide pull 's 'm 're 've 'll 'd",
  ),
  adverbs: set(
    "not n't very just so too also really never always here there now then still even only already again often maybe perhaps quite rather ever yet soon almost however therefore thus hence indeed anyway anyways actually basically totally pretty kinda sorta like sometimes usually once twice today tomorrow yesterday away back out up",
  ),
  nouns: set(
    "time year people way day man men thing woman women life child world school state family student group country problem hand part place case week company system program question work government number night point home water room mother area money story fact month lot right study book eye job word business issue side kind head house service friend father power hour game line end member law car city community name president team minute idea kid body information back parent face others level office door health person art war history party result change morning reason research girl guy moment air teacher force education",
  ),
  adjectives: set(
    "good new first last long great little own other old big high different small large next early young important few public bad same able best better sure free true full whole real clear hard easy nice cool sad happy possible likely major available",
  ),
  firstPerson: set("i me my mine myself i'm i've i'll i'd im ive"),
  secondPerson: set("you your yours yourself yourselves you're you've you'll you'd u ur ya youre"),
  informal: set(
    "lol lmao rofl omg wtf idk imo imho btw tbh smh brb ttyl lmk ikr fyi jk haha hahaha hehe yeah yea yep yup nope nah ok okay k kk cool awesome dude guys guy stuff crap damn dang freakin freaking cuz coz cos bro sis u ur ya yo hey hi sup gonna wanna gotta kinda sorta lemme gimme dunno y'all ain't aint pls plz thx tho thru nite luv xoxo xd bday fave yummy cute hot sucks suck dumb stupid crazy totally super mom dad kid kids folks ass hell heck",
  ),
  reduced: set(
    "gonna wanna gotta kinda sorta lemme gimme dunno ain't aint dont cant wont isnt doesnt didnt wasnt arent havent im ive youre thats theyre whats hes shes wouldnt couldnt shouldnt lets 'em cause cuz coz",
  ),
  hedges: set(
    "maybe perhaps probably possibly apparently seems seem guess suppose think believe sort kind somewhat fairly likely unlikely might could",
  ),
  formalConnectives: set(
    "however therefore furthermore moreover thus hence whereas nevertheless nonetheless consequently accordingly additionally subsequently notwithstanding hereby therein thereof whom whereby",
  ),
  courtesy: set("please kindly sincerely regards respectfully appreciate appreciated grateful"),
  spokenOpeners: set("and but so or well plus anyway anyways also because oh like"),
  nominalSuffixes: [
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ship",
    "ism",
    "ure",
    "ology",
    "ency",
    "ancy",
  ],
  adjectiveSuffixes: [
    "al",
    "ous",
    "ive",
    "able",
    "ible",
    "ful",
    "less",
    "ic",
    "ary",
    "ical",
    "ent",
    "ant",
    "ish",
  ],
  adverbSuffixes: ["ly"],
  verbSuffixes: ["ed", "ing", "ize", "ise", "ate", "ify", "en"],
};
