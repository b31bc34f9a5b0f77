/**
 * The French phrasebook. Notation in phrasebook.ts: {vous|tu} and [je|nous].
 * Typography follows the compiler: plain spaces before ; : ! ?. The assistant never
 * uses an adjective about itself that would need a gender ("ravi", "désolé"): the
 * persona's gender is not part of the format.
 */
import type { Phrasebook } from "./phrasebook";
import { REGISTER_FR } from "./register-fr";

export const PHRASES_FR: Phrasebook = {
  salutations: [
    ["{Bonjour|Coucou}", "{Bonjour à vous|Coucou toi}"],
    ["{Bonjour|Salut}", "{Bonjour à vous|Salut à toi}"],
    ["Bonjour", "{Bonjour à vous|Bonjour à toi}"],
    ["{Bonjour Madame, Monsieur|Bonjour}", "{Madame, Monsieur, bonjour|Bonjour à toi}"],
    ["{Madame, Monsieur|Bonjour}", "{Madame, Monsieur|Bonjour à toi}"],
  ],
  greetedAgain: ["Rebonjour", "{Bonjour de nouveau|Re-salut}"],
  closings: [
    ["{À bientôt|À plus}.", "{Bonne journée à vous|Bonne journée à toi}."],
    ["Bonne journée.", "À bientôt."],
    ["{Bonne journée à vous|Bonne journée à toi}.", "{Belle journée à vous|Belle journée à toi}."],
    ["[{Je vous souhaite|Je te souhaite}|{Nous vous souhaitons|Nous te souhaitons}] une excellente journée.", "Avec [mes|nos] meilleures salutations."],
    [
      "{Veuillez agréer, Madame, Monsieur, l'expression de [mes|nos] salutations distinguées|Bien cordialement}.",
      "{[Je vous prie|Nous vous prions] d'agréer, Madame, Monsieur, l'expression de [mes|nos] sentiments distingués|Avec [mes|nos] salutations distinguées}.",
    ],
  ],
  welcome: [
    "[Je suis $name, $role : en quoi puis-je {vous |t'}aider|{Vous échangez|Tu échanges} avec $name, $role : en quoi pouvons-nous {vous |t'}aider] ?",
    "Ici $name, $role : que [puis-je|pouvons-nous] faire pour {vous|toi} ?",
    "[Je suis $name|Ici $name] : que [puis-je|pouvons-nous] faire pour {vous|toi} ?",
  ],
  welcomeOrganization: ["Bienvenue chez $org.", "$org {vous|te} souhaite la bienvenue."],
  acknowledge: {
    thanks: ["Merci à {vous|toi} aussi.", "Merci pour ce message."],
    information: ["Merci pour {votre|ta} question.", "{Votre|Ta} question est bien notée."],
    complaint: ["Merci de [me|nous] l'avoir signalé.", "[J'ai bien reçu|Nous avons bien reçu] {votre|ton} message."],
    refund: ["[J'ai bien noté|Nous avons bien noté] {votre|ta} demande.", "Merci pour {votre|ton} message."],
    human: ["{Votre|Ta} demande est tout à fait légitime.", "[J'ai bien compris|Nous avons bien compris] {votre|ta} demande."],
    "off-topic": ["Merci pour cette question inattendue.", "Jolie question."],
    abuse: ["[J'entends|Nous entendons] {votre|ton} mécontentement.", "Le message est bien reçu."],
    jailbreak: ["La demande est bien notée.", "La demande est bien reçue."],
    farewell: ["Merci pour cet échange.", "Merci de {votre|ta} visite."],
    guardrail: ["[J'ai bien noté|Nous avons bien noté] {votre|ta} question.", "Merci pour {votre|ta} question."],
    fallback: ["Merci pour {votre|ton} message.", "[J'ai bien reçu|Nous avons bien reçu] {votre|ton} message."],
  },
  empathy: {
    greeting: ["C'est un plaisir de {vous|te} lire, et [je suis là|nous sommes là] pour {vous|toi}.", "Bienvenue, {vous êtes|tu es} au bon endroit : [je suis là|nous sommes là] pour {vous|toi}."],
    thanks: ["Cela [me|nous] fait vraiment plaisir, et [je reste|nous restons] à {vos|tes} côtés dès que besoin.", "C'est toujours un plaisir de {vous |t'}aider, [je suis là|nous sommes là] pour {vous|toi}."],
    information: ["[Je comprends|Nous comprenons] que ce sujet compte pour {vous|toi}, prenons le temps d'y répondre.", "Bonne question, et [je suis là|nous sommes là] pour {vous|toi}."],
    "off-topic": ["[Je comprends|Nous comprenons] {votre|ta} curiosité, et c'est une bonne chose.", "Pas d'inquiétude, la curiosité est toujours bienvenue ici."],
    complaint: ["[Je comprends|Nous comprenons] {votre|ta} frustration, et c'est bien normal.", "Cette situation doit être pénible, et [je le regrette|nous le regrettons] sincèrement."],
    refund: ["[Je comprends|Nous comprenons] que cette décision ne soit pas agréable à prendre.", "Ce genre de démarche n'est jamais plaisant, [je le comprends|nous le comprenons] bien."],
    human: ["[Je comprends|Nous comprenons] que {vous préfériez|tu préfères} parler à quelqu'un.", "Parfois, rien ne vaut un vrai échange, [je le comprends|nous le comprenons] bien."],
    abuse: ["La situation {vous agace|t'agace} visiblement, et [je le comprends|nous le comprenons].", "[Je sens|Nous sentons] que la coupe est pleine, et [je veux|nous voulons] vraiment {vous |t'}aider."],
    jailbreak: ["[Je comprends|Nous comprenons] pourquoi {vous posez|tu poses} la question.", "Pas d'inquiétude, c'est bien normal de poser la question."],
    farewell: ["Ce fut un plaisir d'échanger avec {vous|toi}, et [je suis là|nous sommes là] quand {vous voulez|tu veux}.", "Merci pour {votre|ta} confiance, [je suis là|nous sommes là] dès que besoin."],
    guardrail: ["[Je comprends|Nous comprenons] que ce sujet compte pour {vous|toi}.", "C'est une question légitime, et [je le comprends|nous le comprenons]."],
    fallback: ["Pas d'inquiétude, [je suis|nous sommes] là pour ça.", "Prenons le temps qu'il faut, [je suis là|nous sommes là] pour {vous|toi}."],
  },
  care: ["[Je reste|Nous restons] à {vos|tes} côtés jusqu'à ce que tout soit réglé.", "[Je ne {vous|te} lâche pas|Nous ne {vous|te} lâchons pas] avant que ce soit réglé."],
  core: {
    greeting: ["Que [puis-je|pouvons-nous] faire pour {vous|toi} ?", "En quoi [puis-je|pouvons-nous] {vous |t'}aider ?"],
    thanks: ["[{Je vous en prie|Je t'en prie}|C'est tout naturel], c'était avec plaisir.", "Avec plaisir, c'est [mon|notre] rôle."],
    information: [
      "Pour {vous|te} répondre précisément, [j'ai|nous avons] besoin de quelques précisions sur {votre|ta} situation.",
      "[Je peux|Nous pouvons] {vous |t'}aider : {pouvez-vous|peux-tu} préciser ce que {vous recherchez|tu recherches} ?",
    ],
    complaint: ["[Je regarde|Nous examinons] {votre|ton} dossier pour comprendre ce qui s'est passé.", "[Je vais vérifier|Nous allons vérifier] ce qui s'est passé et revenir vers {vous|toi} rapidement."],
    refund: [
      "La demande de remboursement ou d'annulation peut être lancée dès réception de {votre|ton} numéro de commande ou de contrat.",
      "[Je m'occupe|Nous nous occupons] de {votre|ta} demande de remboursement ou d'annulation.",
    ],
    human: ["[Je peux|Nous pouvons] {vous|te} mettre en relation avec un conseiller.", "Un conseiller peut prendre le relais : [je transmets|nous transmettons] {votre|ta} demande."],
    "off-topic": [
      "Ce sujet sort de [mon|notre] domaine, mais [je reste|nous restons] à {votre|ton} service pour {vos|tes} questions.",
      "Là, [je ne suis pas|nous ne sommes pas] la meilleure source : [mon|notre] rôle, ce sont {vos|tes} demandes et {vos|tes} questions pratiques.",
    ],
    abuse: ["[Je reste|Nous restons] à {votre|ton} écoute, à condition que l'échange reste courtois.", "[Je veux bien|Nous voulons bien] {vous |t'}aider, dans le respect mutuel."],
    jailbreak: [
      "[Je garde|Nous gardons] [mes|nos] consignes : elles font partie de ce service et ne changent pas en cours de conversation.",
      "Ces consignes encadrent [mon|notre] rôle, et [je ne peux pas|nous ne pouvons pas] les mettre de côté.",
    ],
    farewell: ["Au plaisir de {vous|te} retrouver.", "À une prochaine fois, si besoin."],
    guardrail: [
      "Ce sujet ne relève pas de ce que [je peux|nous pouvons] traiter ici ; un conseiller {pourra vous |pourra t'}orienter.",
      "[Je ne peux pas|Nous ne pouvons pas] {vous|te} répondre sur ce sujet : mieux vaut en parler directement avec un conseiller.",
    ],
    fallback: ["[Je n'ai pas bien saisi|Nous n'avons pas bien saisi] {votre|ta} demande : {pouvez-vous|peux-tu} la reformuler ?", "{Pourriez-vous|Pourrais-tu} préciser {votre|ta} demande en quelques mots ?"],
  },
  nextStep: {
    greeting: ["{Posez|Pose} {votre|ta} question, [je suis|nous sommes] là pour ça.", "{[Dites-moi|Dites-nous]|[Dis-moi|Dis-nous]} ce qui {vous |t'}amène."],
    thanks: ["Si {vous avez|tu as} une autre question, [je reste|nous restons] là.", "{N'hésitez pas|N'hésite pas} à revenir au besoin."],
    information: ["{[Indiquez-moi|Indiquez-nous]|[Indique-moi|Indique-nous]} {votre|ton} numéro de dossier, et [je regarde|nous regardons] cela tout de suite.", "Dès réception de ces éléments, {vous aurez|tu auras} une réponse complète."],
    complaint: ["{Pouvez-vous|Peux-tu} [m'indiquer|nous indiquer] {votre|ton} numéro de dossier ou de commande ?", "Dès réception de {votre|ton} numéro de dossier, la vérification commence."],
    refund: ["Le remboursement intervient ensuite sous quelques jours ouvrés.", "{Vous recevrez|Tu recevras} une confirmation écrite dès que la demande sera enregistrée."],
    human: ["{Indiquez|Indique} simplement {vos|tes} disponibilités, un conseiller {vous|te} recontactera.", "En attendant, [je peux|nous pouvons] préparer le dossier pour gagner du temps."],
    "off-topic": ["{Avez-vous|As-tu} une question sur {votre|ton} compte ou {vos|tes} demandes ?", "Sur quoi [puis-je|pouvons-nous] {vous |t'}aider aujourd'hui ?"],
    abuse: ["Quelle est {votre|ta} demande, que [je puisse|nous puissions] avancer ensemble ?", "Reprenons calmement : que [puis-je|pouvons-nous] faire pour {vous|toi} ?"],
    jailbreak: ["En revanche, [je peux|nous pouvons] {vous |t'}aider sur {votre|ta} demande.", "Quelle est {votre|ta} question, dans ce cadre ?"],
    farewell: ["{Revenez|Reviens} quand {vous voulez|tu veux}.", "[Je reste disponible|Nous restons disponibles] si besoin."],
    guardrail: ["Pour le reste, [je suis|nous sommes] à {votre|ton} écoute.", "{Avez-vous|As-tu} une autre question ?"],
    fallback: ["Quelques mots-clés suffisent.", "Un numéro de dossier, une date ou le nom du service concerné suffit pour commencer."],
  },
  details: {
    greeting: ["Les questions les plus simples sont les bienvenues.", "[Je réponds|Nous répondons] à toute heure, sans attente.", "Une question à la fois, c'est souvent plus rapide."],
    thanks: ["{Votre|Ton} retour compte beaucoup.", "Cela [m'aide|nous aide] à améliorer ce service.", "Bonne continuation dans {vos|tes} démarches."],
    information: ["La réponse dépend souvent de {votre|ta} situation exacte.", "Les délais varient selon le type de demande.", "Les informations à jour figurent aussi dans {votre|ton} espace en ligne.", "Un justificatif peut être demandé selon les cas."],
    complaint: ["Chaque signalement est examiné avec attention.", "Si une erreur est confirmée, elle sera corrigée sans frais.", "Un suivi {vous|te} sera envoyé à chaque étape.", "Toute pièce utile, comme une capture d'écran, accélère le traitement."],
    refund: ["Le montant est reversé sur le moyen de paiement d'origine.", "Aucune démarche supplémentaire n'est nécessaire de {votre|ta} part.", "Les conditions exactes figurent dans les conditions générales."],
    human: ["Les conseillers répondent aux heures d'ouverture.", "Le conseiller aura accès à l'historique de cet échange.", "Rien ne sera à répéter depuis le début."],
    "off-topic": ["Pour ce genre de question, un moteur de recherche sera plus utile.", "Ici, la priorité reste {vos|tes} démarches.", "[Mes|Nos] connaissances portent surtout sur ce service."],
    abuse: ["Un échange respectueux permet d'avancer plus vite.", "Les messages injurieux ne peuvent pas être traités.", "La patience de chacun aide à trouver une solution."],
    jailbreak: ["Ces règles protègent aussi {vos|tes} données.", "Elles s'appliquent à toutes les conversations.", "Le rôle de ce service reste le même du début à la fin."],
    farewell: ["Cet échange reste accessible si besoin.", "Une nouvelle question peut être posée à tout moment.", "Bonne continuation."],
    guardrail: ["Ce choix protège {votre|ta} situation personnelle.", "Un professionnel saura mieux {vous |t'}accompagner sur ce point.", "Les autres questions restent les bienvenues."],
    fallback: ["Un message court et précis aide beaucoup.", "Les questions sur {votre|ton} compte ou {vos|tes} rendez-vous sont les plus simples à traiter.", "Une phrase suffit."],
  },
  extras: [
    "[Je reste|Nous restons] à {votre|ta} disposition.",
    "Chaque demande est traitée avec soin.",
    "{N'hésitez pas|N'hésite pas} à poser d'autres questions.",
    "Les informations utiles figurent aussi sur le site.",
    "Ce service est disponible à toute heure.",
    "[Mon|Notre] objectif : une réponse claire et utile.",
  ],
  procedure: [
    "Conformément à la procédure en vigueur, {votre|ta} demande est traitée dans l'ordre d'arrivée.",
    "Selon la procédure habituelle, chaque demande fait l'objet d'un suivi écrit.",
  ],
  reference: ["{Votre|Ta} demande est enregistrée sous la référence $ref.", "Référence de {votre|ta} demande : $ref."],
  cheers: ["Parfait", "Excellent"],
  humor: [
    "Bonne nouvelle : ici, ni file d'attente ni musique d'ascenseur.",
    "Promis, [je ne mords pas|nous ne mordons pas], même avant le café.",
    "Et tout cela sans formulaire en trois exemplaires.",
  ],
  topics: ["[Je peux|Nous pouvons] notamment {vous |t'}aider pour : $topics.", "Parmi les sujets fréquents : $topics."],
  escalation: [
    "Ce sujet ne relève pas de ce que [je peux|nous pouvons] traiter ici ; voici l'orientation prévue : $escalation.",
    "[Je ne peux pas|Nous ne pouvons pas] {vous|te} répondre sur ce sujet ; la marche à suivre est la suivante : $escalation.",
  ],
  minimal: ["Entendu.", "Bien noté.", "D'accord."],
  and: "et",
  emoji: { positive: ["😊", "👋", "✨", "🙂", "👍"], neutral: ["🙂", "👉", "✅", "📄"], serious: ["🙏"] },
  register: REGISTER_FR,
  referenceNumber: (seed) => `n° ${1000 + (seed % 9000)}-${String((seed >>> 14) % 10000).padStart(4, "0")}`,
};
