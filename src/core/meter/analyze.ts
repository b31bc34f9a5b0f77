/**
 * The style meter with everything it reads (measure.ts), the English formality data included:
 * what the CLI, the tests and every synchronous caller import. The meter's worker imports
 * measure.ts and loads the English data only for an English reply.
 */
import { ENGLISH_DATA } from "./formality/english-data";
import { provideEnglishData } from "./formality/english-source";

provideEnglishData(ENGLISH_DATA);

export { analyze, emojiBand, lengthBand } from "./measure";
/** The meter's first-use parsing, a slice per step (see prepareFormality). */
export { prepareFormality as prepareMeter } from "./formality";
