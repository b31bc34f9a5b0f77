/// <reference types="vite/client" />

/** wink-lexicon ships no types: its word list is a plain object of word → Penn tags, most frequent first. */
declare module "wink-lexicon/src/lexicon.js" {
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
