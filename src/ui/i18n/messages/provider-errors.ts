/**
 * Plain words for every way a reply can fail (providers/errors.ts gives the kind and its
 * data), in French and English.
 */
import type { ProviderFailure } from "../../../providers/errors";
import { MAX_REPLY_CHARS, type ProviderErrorKind } from "../../../providers/types";
import { defineMessages } from "../define-messages";

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

type Kinds = Record<ProviderErrorKind, (e: ProviderFailure) => { title: string; detail: string }>;

/** How to let a local server accept requests from the studio's page (CORS). */
const CORS_HELP = {
  en:
    "For Ollama, restart the server with OLLAMA_ORIGINS set to this page's origin " +
    '(for example OLLAMA_ORIGINS="*" ollama serve). For LM Studio, turn on "Enable CORS" in the server ' +
    "settings (Developer tab).",
  fr:
    "Pour Ollama, relancez le serveur avec la variable OLLAMA_ORIGINS réglée sur l'origine de cette page " +
    '(par exemple OLLAMA_ORIGINS="*" ollama serve). Pour LM Studio, activez « Enable CORS » dans les réglages ' +
    "du serveur (onglet Developer).",
};

const en = {
  kinds: {
    auth: (e) => ({
      title: "API key refused",
      detail: `The endpoint refused the API key (${e.status ?? 401}). Check the key in Settings.`,
    }),
    "not-found": (e) => ({
      title: "Model or URL not found",
      detail: `No such model or URL${e.status ? ` (${e.status})` : ""}. Check the base URL (it usually ends in /v1) and the model name in Settings.`,
    }),
    "rate-limit": (e) => ({
      title: "Rate limited",
      detail:
        e.retryAfterMs === undefined
          ? "The endpoint is rate-limiting requests (429). Wait a moment, then retry."
          : `The endpoint is rate-limiting requests. Retry in ${seconds(e.retryAfterMs)} s.`,
    }),
    server: (e) => ({
      title: "Server error",
      detail: `The endpoint had a problem on its side${e.status ? ` (${e.status})` : ""}. Retrying usually works.`,
    }),
    network: () => ({
      title: "Endpoint unreachable",
      detail:
        "The endpoint could not be reached: either the server is not running at that address, or it does not allow " +
        `requests from this page's origin (CORS). ${CORS_HELP.en}`,
    }),
    cors: () => ({
      title: "Blocked by the browser (CORS)",
      detail: `The server does not allow requests from this page's origin. ${CORS_HELP.en}`,
    }),
    interrupted: () => ({
      title: "Reply cut off",
      detail:
        "The reply was cut off: the connection closed before the endpoint finished. Retry to get a full reply.",
    }),
    malformed: () => ({
      title: "Unreadable reply",
      detail:
        "The endpoint sent a reply the studio cannot read (not the OpenAI streaming format). Check the base URL.",
    }),
    timeout: () => ({
      title: "No answer in time",
      detail:
        "The endpoint did not start answering in time. A local model may still be loading: retry in a moment.",
    }),
    stalled: () => ({
      title: "Reply stalled",
      detail:
        "The endpoint stopped sending in the middle of the reply, and nothing more came within the wait set in Settings. " +
        "The text so far is kept; retry to get a full reply.",
    }),
    "too-long": () => ({
      title: "Reply too long",
      detail:
        `The reply passed ${MAX_REPLY_CHARS.toLocaleString("en")} characters, so the studio stopped it there and kept the text so far. ` +
        "Lower “Max tokens” in Settings, or check that the endpoint respects it.",
    }),
    aborted: () => ({ title: "Stopped", detail: "The reply was stopped." }),
    "bad-request": (e) => ({
      title: "Request refused",
      detail: `The endpoint refused the request${e.status ? ` (${e.status})` : ""}. Check the model name, temperature and maximum length in Settings.`,
    }),
    unloaded: () => ({
      title: "Part of the studio could not be loaded",
      detail:
        "The studio could not fetch what it needs to write this reply: the network dropped, or the studio was just updated. " +
        "Reload the page once you are online; the browser fetches it again only then (export your persona first if the studio says it is not saved).",
    }),
  } satisfies Kinds as Kinds,
  /** The endpoint's own words, after the explanation. */
  serverSaid: (said: string) => ` The server said: "${said}"`,
  corsHelp: CORS_HELP.en,
};

const fr: typeof en = {
  kinds: {
    auth: (e) => ({
      title: "Clé d'API refusée",
      detail: `Le serveur a refusé la clé d'API (${e.status ?? 401}). Vérifiez la clé dans les Réglages.`,
    }),
    "not-found": (e) => ({
      title: "Modèle ou adresse introuvable",
      detail: `Ce modèle ou cette adresse n'existe pas${e.status ? ` (${e.status})` : ""}. Vérifiez l'URL de base (elle finit souvent par /v1) et le nom du modèle dans les Réglages.`,
    }),
    "rate-limit": (e) => ({
      title: "Trop de requêtes",
      detail:
        e.retryAfterMs === undefined
          ? "Le serveur limite le nombre de requêtes (429). Patientez un peu, puis réessayez."
          : `Le serveur limite le nombre de requêtes. Réessayez dans ${seconds(e.retryAfterMs)} s.`,
    }),
    server: (e) => ({
      title: "Erreur du serveur",
      detail: `Le serveur a rencontré un problème de son côté${e.status ? ` (${e.status})` : ""}. Réessayer suffit en général.`,
    }),
    network: () => ({
      title: "Serveur injoignable",
      detail:
        "Impossible de joindre le serveur : soit il ne tourne pas à cette adresse, soit il n'autorise pas les requêtes " +
        `venant de l'origine de cette page (CORS). ${CORS_HELP.fr}`,
    }),
    cors: () => ({
      title: "Bloqué par le navigateur (CORS)",
      detail: `Le serveur n'autorise pas les requêtes venant de l'origine de cette page. ${CORS_HELP.fr}`,
    }),
    interrupted: () => ({
      title: "Réponse interrompue",
      detail:
        "La réponse a été coupée : la connexion s'est fermée avant la fin. Réessayez pour obtenir une réponse complète.",
    }),
    malformed: () => ({
      title: "Réponse illisible",
      detail:
        "Le serveur a envoyé une réponse que le studio ne sait pas lire (pas au format de streaming OpenAI). Vérifiez l'URL de base.",
    }),
    timeout: () => ({
      title: "Pas de réponse à temps",
      detail:
        "Le serveur n'a pas commencé à répondre à temps. Un modèle local est peut-être encore en chargement : réessayez dans un instant.",
    }),
    stalled: () => ({
      title: "Réponse bloquée",
      detail:
        "Le serveur a cessé d'envoyer la réponse en cours de route, et rien n'est venu dans le délai fixé dans les Réglages. " +
        "Le texte reçu est conservé ; réessayez pour obtenir une réponse complète.",
    }),
    "too-long": () => ({
      title: "Réponse trop longue",
      detail:
        `La réponse a dépassé ${MAX_REPLY_CHARS.toLocaleString("fr")} caractères : le studio l'a arrêtée là et garde le texte reçu. ` +
        "Baissez « Jetons maximum » dans les Réglages, ou vérifiez que le serveur le respecte.",
    }),
    aborted: () => ({ title: "Arrêtée", detail: "La réponse a été arrêtée." }),
    "bad-request": (e) => ({
      title: "Requête refusée",
      detail: `Le serveur a refusé la requête${e.status ? ` (${e.status})` : ""}. Vérifiez le nom du modèle, la température et la longueur maximale dans les Réglages.`,
    }),
    unloaded: () => ({
      title: "Une partie du studio n'a pas pu être chargée",
      detail:
        "Le studio n'a pas pu récupérer ce qu'il lui faut pour écrire cette réponse : le réseau a coupé, ou le studio vient d'être mis à jour. " +
        "Rechargez la page une fois en ligne ; le navigateur ne le récupère qu'à ce moment-là (exportez d'abord votre persona si le studio indique qu'il n'est pas enregistré).",
    }),
  },
  serverSaid: (said) => ` Réponse du serveur : « ${said} »`,
  corsHelp: CORS_HELP.fr,
};

export const providerErrorMessages = defineMessages({ en, fr });
