/**
 * French word lists for the meter (see word-lists.ts). Elided forms are listed with their
 * apostrophe ("l'", "qu'"): pos.ts splits "l'homme" into "l'" and "homme".
 */
import { set, type WordLists } from "./word-lists";

export const WORDS_FR: WordLists = {
  articles: set(
    "le la les l' un une des du au aux ce cet cette ces chaque quelque quelques aucun aucune tout toute tous toutes plusieurs certains certaines",
  ),
  prepositions: set(
    "de d' a en dans par pour sur sous avec sans chez vers entre contre depuis pendant avant apres selon malgre parmi envers hors durant jusqu' jusque via aupres concernant moyennant conformement",
  ),
  pronouns: set(
    "je j' me m' moi tu te t' toi il elle on nous vous ils elles lui leur leurs eux se s' mon ma mes ton ta tes son sa ses notre nos votre vos y en celui celle ceux celles ceci cela ca qui que qu' quoi dont lequel laquelle lesquels rien personne quelqu'un quelque-chose",
  ),
  conjunctions: set(
    "et ou mais donc or ni car que qu' si quand lorsque lorsqu' puisque puisqu' comme quoique bien",
  ),
  interjections: set(
    "oh ah ha haha hahaha hein bah ben bon eh euh hmm ouf oups ouais ouah waouh wow zut mince bravo coucou salut allo chut aie hop voila tiens hey ok okay mdr ptdr lol",
  ),
  verbs: set(
    "est es suis sommes etes sont etait etais etaient ete etre sera serait seront soit ai as a avons avez ont avait avais avaient eu avoir aura aurait fait faire fais font peut peux pouvez pouvons peuvent pouvoir doit dois devez doivent devoir veux veut voulez veulent vouloir va vais vas allez vont aller sait sais savez savoir dit dire vois voit voir faut prie recevrez trouverez",
  ),
  adverbs: set(
    "ne n' pas plus jamais rien tres trop bien mal aussi deja encore toujours souvent ici la maintenant alors puis ensuite peut-etre vraiment assez beaucoup peu tant tellement meme seulement vite tard tot hier demain aujourd'hui oui non si ainsi cependant toutefois neanmoins pourtant grave carrement simplement egalement notamment directement rapidement exactement absolument evidemment sincerement justement forcement completement totalement facilement",
  ),
  nouns: set(
    "temps annee an jour homme femme chose vie enfant monde ecole etat famille groupe pays probleme main partie lieu cas semaine societe systeme question travail gouvernement nombre nuit point maison eau piece mere argent histoire fait mois droit livre oeil emploi mot affaire service ami pere heure jeu ligne fin membre loi voiture ville nom equipe minute idee corps information parent visage niveau bureau porte sante personne art guerre resultat matin raison recherche fille gars moment dossier demande madame monsieur client",
  ),
  adjectives: set(
    "bon bonne nouveau nouvelle premier premiere dernier derniere long longue grand grande petit petite vieux vieille jeune important importante gros grosse haut haute meilleur meilleure libre vrai vraie clair claire facile simple possible cher chere",
  ),
  firstPerson: set("je j' me m' moi mon ma mes"),
  secondPerson: set("tu te t' toi ton ta tes vous votre vos"),
  informal: set(
    "mdr ptdr lol jpp tkt stp svp bg osef wesh ouais ouaip nan bah ben bof truc trucs machin bidule mec meuf pote potes boulot bouffe fric flic gamin gosse sympa cool super genial trop grave carrement kiffer kiffe kif ouf dingue chelou relou bref genre ok okay salut coucou bisous bisou ciao chiant chiante dispo perso resto ado appart ordi pub coloc",
  ),
  reduced: set(
    "t'as t'es t'etais t'avais t'auras t'aurais y'a p'tit p'tite p'tits p'tites chuis ch'sais chai jsp jsais j'sais j'suis j'peux j'vais j'veux j'crois m'sieur ptet ptetre c'te",
  ),
  hedges: set(
    "peut-etre probablement semble semblerait parait apparemment crois pense suppose environ plutot assez possible",
  ),
  formalConnectives: set(
    "cependant toutefois neanmoins outre ailleurs ainsi d'ailleurs notamment conformement afin dont lequel laquelle lesquels auxquels desquels",
  ),
  courtesy: set(
    "veuillez prie agreer merci remercions remercie cordialement salutations respectueusement distinguees disposition",
  ),
  spokenOpeners: set("et mais bon ben bah alors puis donc enfin bref genre"),
  nominalSuffixes: [
    "tion",
    "sion",
    "ment",
    "ite",
    "ence",
    "ance",
    "isme",
    "ure",
    "age",
    "eur",
    "logie",
  ],
  adjectiveSuffixes: [
    "al",
    "ale",
    "aux",
    "el",
    "elle",
    "eux",
    "euse",
    "if",
    "ive",
    "able",
    "ible",
    "ique",
    "aire",
    "ant",
    "ent",
  ],
  adverbSuffixes: ["ment"],
  verbSuffixes: [
    "er",
    "ir",
    "ez",
    "ons",
    "ait",
    "aient",
    "erait",
    "eront",
    "ez",
    "e",
    "ee",
    "es",
    "ees",
  ],
};
