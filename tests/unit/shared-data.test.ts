/**
 * Where the evaluation and the fit look for their data, and what they say when it is not
 * there: one line naming the path as the repository sees it, no stack trace.
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HELDOUT_CSV, TRAIN_CSV } from "../../scripts/eval/pt16";
import {
  MissingDataError,
  requireData,
  runScript,
  sharedPath,
} from "../../scripts/eval/shared-data";

const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));
const fromRepository = (path: string) => relative(REPOSITORY, path).split("\\").join("/");

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("the shared data", () => {
  it("is looked for in shared/ beside the repository, wherever it is checked out", () => {
    expect(fromRepository(sharedPath("data/x.csv"))).toBe("../shared/data/x.csv");
    expect(fromRepository(TRAIN_CSV)).toBe("../shared/data/formality-pt16/train.csv");
    expect(fromRepository(HELDOUT_CSV)).toBe("../shared/eval/pt16-heldout.csv");
  });

  it("passes when every path exists, and names the first one missing otherwise", () => {
    const present = new Set([sharedPath("a"), sharedPath("c")]);
    const exists = (path: string) => present.has(path);
    expect(() => requireData([sharedPath("a"), sharedPath("c")], "hint", exists)).not.toThrow();
    let thrown: unknown;
    try {
      requireData([sharedPath("a"), sharedPath("b"), sharedPath("d")], "the fit reads b", exists);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingDataError);
    expect((thrown as MissingDataError).path).toBe(sharedPath("b"));
    expect((thrown as MissingDataError).message).toBe(
      `${relative(REPOSITORY, sharedPath("b"))} is missing (the fit reads b)`,
    );
  });

  it("checks the real file system by default", () => {
    expect(() =>
      requireData([fileURLToPath(new URL("../../package.json", import.meta.url))], "hint"),
    ).not.toThrow();
    expect(() => requireData([sharedPath("no-such-folder/no-such-file.csv")], "hint")).toThrow(
      MissingDataError,
    );
  });
});

describe("runScript", () => {
  it("ends a script whose data is missing with one line and exit code 1", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await runScript("npm run eval", () =>
      requireData([sharedPath("no-such-folder/x.csv")], "the evaluation reads x"),
    );
    expect(stderr.mock.calls.map((call) => String(call[0]))).toEqual([
      `npm run eval: ${relative(REPOSITORY, sharedPath("no-such-folder/x.csv"))} is missing (the evaluation reads x)\n`,
    ]);
    expect(process.exitCode).toBe(1);
  });

  it("runs a script that has its data, and lets any other error through", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let ran = false;
    await runScript("npm run eval", async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    await expect(
      runScript("npm run eval", () => Promise.reject(new Error("a bug"))),
    ).rejects.toThrow("a bug");
    expect(stderr).not.toHaveBeenCalled();
    expect(process.exitCode).toBeUndefined();
  });
});
