/**
 * Ready-to-run code that sends the persona's Chat Completions body: curl, JavaScript and
 * Python with the official openai SDKs. The key is read from API_KEY_ENV when the code
 * runs; no snippet ever holds one, and these functions take none.
 */
import type { Persona } from "../persona/schema";
import { chatCompletionsBody } from "./chat-body";
import { API_KEY_ENV, baseUrlOf, type EndpointTarget } from "./target";

export interface Snippets {
  curl: string;
  javascript: string;
  python: string;
}

/** A persona's name inside a code comment: one line, whatever it holds (JS ends a comment at U+2028). */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * POSIX shell single quotes: everything inside is literal ($, \, newlines, backquotes);
 * a single quote closes the string, is written escaped, and the string reopens.
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function curlSnippet(url: string, json: string, name: string): string {
  return [
    `# ${name}: one Chat Completions request. The key comes from $${API_KEY_ENV}.`,
    `curl ${shellQuote(`${url}/chat/completions`)} \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Authorization: Bearer $${API_KEY_ENV}" \\`,
    `  -d ${shellQuote(json)}`,
    "",
  ].join("\n");
}

/** JSON is valid JavaScript (ES2019 made U+2028 and U+2029 legal in strings), so the body embeds as is. */
function javascriptSnippet(url: string, json: string, name: string): string {
  return [
    `// ${name}: one Chat Completions request with the openai package (npm install openai).`,
    `// Run as an ES module (request.mjs); the key comes from ${API_KEY_ENV}.`,
    `import OpenAI from "openai";`,
    "",
    "const client = new OpenAI({",
    `  baseURL: ${JSON.stringify(url)},`,
    `  apiKey: process.env.${API_KEY_ENV},`,
    "});",
    "",
    `const completion = await client.chat.completions.create(${json});`,
    "",
    "console.log(completion.choices[0].message.content);",
    "",
  ].join("\n");
}

/**
 * The body holds only strings, numbers, lists and objects (no true, false or null), and every
 * escape JSON.stringify writes (\n \" \\ \uXXXX \b \f \r \t) means the same in a Python
 * string, so the JSON text is also the Python dict literal.
 */
function pythonSnippet(url: string, json: string, name: string): string {
  return [
    `# ${name}: one Chat Completions request with the openai package (pip install openai).`,
    `# The key comes from ${API_KEY_ENV}.`,
    "import os",
    "",
    "from openai import OpenAI",
    "",
    "client = OpenAI(",
    `    base_url=${JSON.stringify(url)},`,
    `    api_key=os.environ[${JSON.stringify(API_KEY_ENV)}],`,
    ")",
    "",
    `body = ${json}`,
    "",
    "completion = client.chat.completions.create(**body)",
    "print(completion.choices[0].message.content)",
    "",
  ].join("\n");
}

/** curl, JavaScript and Python code sending chatCompletionsBody(persona, target) to the target. */
export function snippets(persona: Persona, target: EndpointTarget): Snippets {
  const url = baseUrlOf(target);
  const json = JSON.stringify(chatCompletionsBody(persona, target), null, 2);
  const name = oneLine(persona.name);
  return {
    curl: curlSnippet(url, json, name),
    javascript: javascriptSnippet(url, json, name),
    python: pythonSnippet(url, json, name),
  };
}
