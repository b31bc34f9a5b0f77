/** From this many turns the conversation draws only the turns near the view. */
export const VIRTUAL_FROM = 60;
