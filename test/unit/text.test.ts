// One escaping function per place text is shown, each fed what a hostile server or input could
// send: line breaks, workflow commands, table pipes, backticks, HTML, ANSI and C1 escapes.
import { describe, expect, it } from "vitest";
import { TrustError } from "../../src/errors.js";
import {
  clipLine,
  goHtmlEscape,
  markdownCode,
  markdownText,
  messageLine,
  terminalText,
  workflowCommandFilter,
  workflowLogText,
} from "../../src/text.js";
import { runnerCommands } from "../helpers/workflow-commands.js";

const ESC = "\u001b";
const CSI = "\u009b";
const HOSTILE = `v1\n::add-mask::x\r::set-output name=ok::1${ESC}[2K${CSI}31m\u2028|a|\`b\`<img src=x>&[l](u)*e*\u0085end`;

/** Workflow commands as a runner reads them: at a line's start (after white space), or `##[` anywhere. */
const RUNNER_COMMANDS = [
  "::set-output name=digest::evil",
  " \u00a0\t::add-mask::x",
  "\u3000::stop-commands::tok",
  "\u0085::add-mask::x",
  "x ##[set-output name=digest;]evil",
  "##[stop-commands]tok",
  "::::warning::y",
];

/** No character a terminal or a log would act on. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe("text for each place it is shown", () => {
  it("a message line holds no line break and no control sequence", () => {
    const line = messageLine(HOSTILE);
    expect(line).not.toMatch(CONTROL);
    expect(line.length).toBe(HOSTILE.length);
    expect(messageLine("targets/releases v3")).toBe("targets/releases v3");
    expect(new TrustError("USAGE", `a\nb${CSI}c`, { hint: `d\re` })).toMatchObject({ message: "a b c", hint: "d e" });
  });

  it("a terminal shows each control character as ?", () => {
    expect(terminalText(`a${ESC}[31mb\nc${CSI}d`)).toBe("a?[31mb?c?d");
  });

  it("a GitHub log line holds no workflow command the runner would read, in either form", () => {
    const line = workflowLogText(HOSTILE);
    expect(line).not.toMatch(CONTROL);
    expect(line.split(/\r?\n/)).toHaveLength(1);
    for (const text of [HOSTILE, ...RUNNER_COMMANDS]) expect(runnerCommands(workflowLogText(text))).toEqual([]);
    // Each of them is a command as it came.
    for (const text of RUNNER_COMMANDS) expect(runnerCommands(text)).toHaveLength(1);
    expect(workflowLogText("registry.example/app:v1")).toBe("registry.example/app:v1");
  });

  it("a GitHub log line keeps an ARN and an IPv6 address as they were", () => {
    const arn = "User: arn:aws:sts::111122223333:assumed-role/release/ci is not authorized to perform: kms:Sign";
    expect(workflowLogText(arn)).toBe(arn);
    expect(workflowLogText("[::1]:5000/app:v1")).toBe("[::1]:5000/app:v1");
  });

  it("output written in pieces holds no workflow command, wherever a piece ends", () => {
    const text = RUNNER_COMMANDS.join("\n") + "\nok ##[ ::x:: [::1]\n";
    for (let cut = 0; cut <= text.length; cut++) {
      const filter = workflowCommandFilter();
      const out = filter(text.slice(0, cut)) + filter(text.slice(cut));
      expect(runnerCommands(out), `cut at ${cut}`).toEqual([]);
      expect(out.replace(/\u200b/g, ""), `cut at ${cut}`).toBe(text);
    }
    const filter = workflowCommandFilter();
    expect(filter("warning: ") + filter("::x::y\n")).toBe("warning: ::x::y\n");
    // One character at a time, as whole.
    for (const jsonSafe of [false, true]) {
      const byChar = workflowCommandFilter(jsonSafe);
      expect([...text].map((c) => byChar(c)).join("")).toBe(workflowCommandFilter(jsonSafe)(text));
    }
  });

  it("JSON output holds no workflow command, and the same data", () => {
    const data = { tags: ["##[stop-commands]tok", "::set-output name=a::b", "a\\##[b"], n: [1, [2]] };
    for (const json of [JSON.stringify(data, null, 2), JSON.stringify(data)]) {
      const filter = workflowCommandFilter(true);
      const out = filter(json.slice(0, 9)) + filter(json.slice(9));
      expect(runnerCommands(out)).toEqual([]);
      expect(JSON.parse(out)).toEqual(data);
    }
  });

  it("Markdown text cannot end a cell, open a code span, a link, emphasis or HTML", () => {
    const md = markdownText(HOSTILE);
    expect(md).not.toMatch(CONTROL);
    expect(md).not.toMatch(/(^|[^\\])[|`*[\]]/);
    expect(md).not.toMatch(/[<>]/);
    expect(md).toContain("&lt;img src=x&gt;&amp;\\[l\\](u)\\*e\\*");
    expect(markdownText("a\\|b")).toBe("a\\\\\\|b");
    expect(markdownText("my_app v1.2")).toBe("my_app v1.2");
  });

  it("a Markdown code span keeps text verbatim but for pipes, and no backtick inside can close it", () => {
    expect(markdownCode("registry.example/**")).toBe("`registry.example/**`");
    expect(markdownCode("a|b")).toBe("`a\\|b`");
    expect(markdownCode("x`y``z")).toBe("```x`y``z```");
    expect(markdownCode("`x")).toBe("`` `x ``");
    expect(markdownCode(`a\n${ESC}b`)).toBe("`a  b`");
  });

  it("a clipped line is one line of at most the given length", () => {
    expect(clipLine("  a\n\n b\t", 10)).toBe("a b");
    const long = clipLine(`${"x".repeat(300)}\n`, 200);
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });

  it("JSON gets Go's HTML escapes and still parses to the same value", () => {
    const json = JSON.stringify({ t: "a<b>&c\u2028\u2029" });
    const escaped = goHtmlEscape(json);
    expect(escaped).toBe('{"t":"a\\u003cb\\u003e\\u0026c\\u2028\\u2029"}');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });
});
