/** One section of docs/eval.md: its heading, its body and the lines `npm run eval` prints. */
export interface EvalSection {
  title: string;
  markdown: string;
  summary: string[];
}
