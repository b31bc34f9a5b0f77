/** The formats `psydesign convert --to` writes, shared by its description and its run. */
export const TARGETS = ["persona", "ccv2", "ccv3", "prompt", "openai", "promptfoo"] as const;
export type Target = (typeof TARGETS)[number];
