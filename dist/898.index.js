export const id = 898;
export const ids = [898];
export const modules = {

/***/ 2898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/workflows/connect.ts + 3 modules
var connect = __webpack_require__(670);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/workflows/dockerfile-lexer.ts
/**
 * Splits a Dockerfile into instructions as BuildKit's parser does (moby/buildkit
 * frontend/dockerfile/parser/parser.go): parser directives at the top (`# escape=`), comment lines,
 * line continuations with the escape character (comment and blank lines inside a continuation are
 * dropped), and heredocs (`RUN <<EOF … EOF`), whose bodies are not instructions. Every character
 * of an instruction keeps its offset in the source, for file/line reports and in-place rewrites.
 */

/** A Dockerfile that cannot be read at all, with the file and line to annotate. */
class DockerfileError extends errors/* UsageError */.eb {
    file;
    line;
    constructor(file, line, message, hint) {
        super(`${file}:${line}: ${message}`, hint ? { hint } : {});
        this.file = file;
        this.line = line;
    }
}
const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(["escape", "syntax", "check"]);
const HEREDOC_COMMANDS = new Set(["run", "copy", "add"]);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
function lexDockerfile(source, file) {
    const lines = splitLines(source);
    const lineStarts = lines.map((l) => l.start);
    const where = (offset) => lineColumn(lineStarts, offset);
    let escape = "\\";
    let directives = true;
    const instructions = [];
    for (let n = 0; n < lines.length; n++) {
        const { text: raw, start } = lines[n];
        const body = raw.replace(/^\s+/, "");
        const lead = raw.length - body.length;
        if (directives) {
            const m = DIRECTIVE.exec(body);
            if (m && KNOWN_DIRECTIVES.has(m[1].toLowerCase())) {
                if (m[1].toLowerCase() === "escape") {
                    if (m[2] !== "`" && m[2] !== "\\")
                        throw new DockerfileError(file, n + 1, `invalid escape token '${m[2]}'`, "use ` or \\");
                    escape = m[2];
                }
                continue;
            }
            directives = false;
        }
        const first = body.startsWith("#") ? "" : body;
        let piece = joined(first, escape);
        if (piece === undefined && first === "")
            continue;
        let text = piece ?? first;
        const offsets = range(start + lead, text.length);
        while (piece !== undefined && n + 1 < lines.length) {
            const next = lines[++n];
            if (/^\s*#/.test(next.text) || next.text.trim() === "")
                continue;
            piece = joined(next.text, escape);
            const part = piece ?? next.text;
            text += part;
            offsets.push(...range(next.start, part.length));
        }
        const kw = /^\s*(\S+)\s*/.exec(text);
        if (!kw)
            continue;
        const keywordAt = text.length - text.trimStart().length;
        const { line, column } = where(offsets[keywordAt] ?? start);
        const keyword = kw[1].toLowerCase();
        const instruction = { keyword, text, offsets, argsAt: kw[0].length, line, column };
        instructions.push(instruction);
        for (const doc of heredocs(instruction)) {
            let closed = false;
            while (n + 1 < lines.length) {
                const candidate = lines[++n].text;
                if ((doc.chomp ? candidate.replace(/^\t+/, "") : candidate) === doc.name) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                throw new DockerfileError(file, line, `heredoc <<${doc.name} is not terminated`, `end it with a line holding only ${doc.name}`);
        }
    }
    return { escape, instructions };
}
/** The line without the continuation escape when it continues, else undefined (parser.go lineContinuationRegex). */
function joined(line, escape) {
    const body = line.replace(/[ \t]*$/, "");
    if (!body.endsWith(escape))
        return undefined;
    if (body.length >= 2 && body[body.length - 2] === escape)
        return undefined;
    return body.slice(0, -1);
}
function heredocs(ins) {
    let keyword = ins.keyword;
    let args = ins.text.slice(ins.argsAt);
    if (keyword === "onbuild") {
        const sub = /^(\S+)\s*/.exec(args);
        if (!sub)
            return [];
        keyword = sub[1].toLowerCase();
        args = args.slice(sub[0].length);
    }
    if (!HEREDOC_COMMANDS.has(keyword) || !ins.text.includes("<<") || isJsonArray(args))
        return [];
    const out = [];
    for (const word of ins.text.split(/\s+/)) {
        const m = HEREDOC_WORD.exec(word);
        if (!m || !m[3])
            continue;
        const name = m[3].replace(/["'\\]/g, "");
        if (name)
            out.push({ name, chomp: m[2] === "-" });
    }
    return out;
}
function isJsonArray(args) {
    if (!/^\s*\[/.test(args))
        return false;
    try {
        const v = JSON.parse(args);
        return Array.isArray(v) && v.every((x) => typeof x === "string");
    }
    catch {
        return false;
    }
}
function splitLines(source) {
    const out = [];
    let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
        const nl = source.indexOf("\n", pos);
        const end = nl < 0 ? source.length : nl;
        out.push({ text: source.slice(pos, end).replace(/[\r\n]+$/, ""), start: pos });
        if (nl < 0)
            return out;
        pos = nl + 1;
    }
}
function range(start, length) {
    return Array.from({ length }, (_, k) => start + k);
}
/** 1-based line and column of a source offset. */
function lineColumn(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
/** Whitespace-separated words from `from` (FROM's parseStringsWhitespaceDelimited, after the flags). */
function plainWords(text, from) {
    const out = [];
    const re = /[^\t\v\f\r ]+/g;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
}
/** Words with quotes kept, a quoted space not splitting (parser.go parseWords, used by ARG). */
function quotedWords(text, from, escape) {
    const out = [];
    let i = from;
    while (i < text.length) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let quote = "";
        for (; i < text.length; i++) {
            const ch = text[i];
            if (!quote && /\s/.test(ch))
                break;
            if (ch === escape && quote !== "'")
                i++;
            else if (quote && ch === quote)
                quote = "";
            else if (!quote && (ch === "'" || ch === '"'))
                quote = ch;
        }
        i = Math.min(i, text.length);
        out.push({ text: text.slice(start, i), start, end: i });
    }
    return out;
}
/** Index after the leading `--flag[=value]` words (parser.go extractBuilderFlags; `--` ends them). */
function skipFlags(text, from, escape) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (!text.startsWith("--", i))
            return i;
        const word = quotedWords(text, i, escape)[0];
        i = word.end;
        if (word.text === "--")
            return i;
    }
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/shell-word.ts
/**
 * One word of a Dockerfile expanded as BuildKit's shell lexer does for `FROM` and `ARG`
 * (moby/buildkit frontend/dockerfile/shell/lex.go, ProcessWord): quotes removed, the escape
 * character honoured, and `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
 * `${VAR+word}`, `${VAR:?message}`, `${VAR?message}` substituted, with nested words. The
 * pattern forms (`#`, `%`, `/`) are refused with a clear message rather than guessed.
 */


/** `vars` maps names to values; a name that is absent is unset. */
function expandWord(word, vars, escape = "\\") {
    const unset = [];
    const used = [];
    let i = 0;
    const fail = (why) => new errors/* UsageError */.eb(`cannot expand ${JSON.stringify(word)}: ${why}`);
    const lookup = (name) => {
        if (!used.includes(name))
            used.push(name);
        return vars.get(name);
    };
    const name = () => {
        const m = /^(?:[0-9]+|[A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(i));
        const n = m ? m[0] : "";
        i += n.length;
        return n;
    };
    const singleQuoted = () => {
        const end = word.indexOf("'", i + 1);
        if (end < 0)
            throw fail("a single quote is not closed");
        const s = word.slice(i + 1, end);
        i = end + 1;
        return s;
    };
    const doubleQuoted = () => {
        let s = "";
        i++;
        for (;;) {
            if (i >= word.length)
                throw fail("a double quote is not closed");
            const ch = word[i];
            if (ch === '"') {
                i++;
                return s;
            }
            if (ch === "$") {
                s += dollar();
                continue;
            }
            i++;
            if (ch === escape) {
                if (i >= word.length)
                    continue;
                const next = word[i];
                if (next === '"' || next === "$" || next === escape) {
                    s += next;
                    i++;
                    continue;
                }
            }
            s += ch;
        }
    };
    const dollar = () => {
        i++; // $
        if (word[i] !== "{") {
            const n = name();
            if (!n)
                return "$";
            const v = lookup(n);
            if (v === undefined)
                unset.push(n);
            return v ?? "";
        }
        i++; // {
        if (i >= word.length)
            throw fail("missing '}'");
        if ("{}:".includes(word[i]))
            throw fail("bad substitution");
        const n = name();
        if (!n)
            throw fail("bad substitution");
        const op = word[i++];
        const v = lookup(n);
        if (op === "}") {
            if (v === undefined)
                unset.push(n);
            return v ?? "";
        }
        if (op === ":") {
            const mod = word[i++];
            if (mod !== "-" && mod !== "+" && mod !== "?")
                throw fail(`unsupported modifier ":${mod ?? ""}" in \${${n}…}`);
            const arg = branch(until);
            const empty = v === undefined || v === "";
            if (mod === "-")
                return empty ? arg.take() : v;
            if (mod === "+")
                return empty ? "" : arg.take();
            if (empty)
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset or empty"}`, { hint: `give ${n} in ${(0,wording/* setting */.Pe)("build-args")}` });
            return v;
        }
        if (op === "-" || op === "+" || op === "?") {
            const arg = branch(until);
            if (op === "-")
                return v === undefined ? arg.take() : v;
            if (op === "+")
                return v === undefined ? "" : arg.take();
            if (v === undefined)
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset"}`, { hint: `give ${n} in ${(0,wording/* setting */.Pe)("build-args")}` });
            return v;
        }
        if (op === undefined)
            throw fail("missing '}'");
        throw fail(`the substitution \${${n}${op}…} is not supported here; give the base image without it`);
    };
    /** The word of a modifier; unset variables inside it count only when the word is taken. */
    const branch = (read) => {
        const before = unset.length;
        const text = read("}");
        const inside = unset.splice(before);
        return {
            take: () => {
                unset.push(...inside);
                return text;
            },
        };
    };
    /** Characters up to `stop` (consumed), or to the end of the word when `stop` is undefined. */
    const until = (stop) => {
        let s = "";
        while (i < word.length) {
            const ch = word[i];
            if (ch === stop) {
                i++;
                return s;
            }
            if (ch === "$")
                s += dollar();
            else if (ch === "'")
                s += singleQuoted();
            else if (ch === '"')
                s += doubleQuoted();
            else if (ch === escape) {
                i++;
                if (i < word.length)
                    s += word[i++];
            }
            else {
                s += ch;
                i++;
            }
        }
        if (stop !== undefined)
            throw fail(`missing '${stop}'`);
        return s;
    };
    const value = until(undefined);
    return { value, unset, used };
}
/** The word contains nothing the lexer would change (no quotes, escapes or `$`). */
function isLiteralWord(word, escape = "\\") {
    return !/["'$]/.test(word) && !word.includes(escape);
}

;// CONCATENATED MODULE: ./src/workflows/dockerfile.ts
/**
 * The base images of a Dockerfile, read as `docker build` (BuildKit) reads them: `ARG`s declared
 * before the first `FROM` are the only variables a `FROM` sees, their defaults expanded in order and
 * replaced by build args; the image word of each `FROM` is expanded with them; `--platform` and
 * other flags are ignored; `AS name` names a stage (case-insensitive) that later `FROM`s may use;
 * `scratch` is no image; a name without tag means `latest`; Docker Hub names are normalised.
 * BuildKit resolves `FROM` by stage name only (an index works for `COPY --from`, not `FROM`), so
 * `FROM 0` is the image `docker.io/library/0`, as in Docker.
 *
 * Written here rather than with `dockerfile-ast`: that package (+2 dependencies, ~230 KB in dist)
 * gives lexing and ranges but neither removes quotes nor applies `${VAR:-x}`/build args, which is
 * the part that decides which image a FROM names.
 */






/** Platform arguments BuildKit defines for every build; their values depend on the platform built. */
const BUILDER_ARGS = new Set(["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"]);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
function parseDockerfile(text, options = {}) {
    const file = options.file ?? "Dockerfile";
    const buildArgs = options.buildArgs ?? {};
    const { escape, instructions } = lexDockerfile(text, file);
    const vars = new Map();
    const meta = new Map();
    for (const name of BUILDER_ARGS) {
        if (Object.hasOwn(buildArgs, name))
            vars.set(name, buildArgs[name]);
    }
    const stages = new Set();
    const out = [];
    for (const ins of instructions) {
        if (ins.keyword === "arg" && out.length === 0) {
            declareArgs(ins, escape, buildArgs, vars, meta, file);
        }
        else if (ins.keyword === "from") {
            const from = readFrom(ins, escape, file, vars, meta, stages);
            if (from.stageName)
                stages.add(from.stageName);
            out.push(from);
        }
    }
    return out;
}
function declareArgs(ins, escape, buildArgs, vars, meta, file) {
    for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
        const eq = word.text.indexOf("=");
        const name = eq < 0 ? word.text : word.text.slice(0, eq);
        if (!name)
            continue;
        const overridden = Object.hasOwn(buildArgs, name);
        let value;
        if (eq >= 0) {
            const written = word.text.slice(eq + 1);
            try {
                value = expandWord(written, vars, escape).value;
            }
            catch (err) {
                if (!overridden)
                    throw new DockerfileError(file, ins.line, `ARG ${name}: ${(0,errors/* describeError */.Uc)(err)}`);
            }
        }
        if (overridden)
            value = buildArgs[name];
        if (value === undefined)
            vars.delete(name);
        else
            vars.set(name, value);
        const start = word.start + eq + 1;
        const literal = eq >= 0 && isLiteralWord(word.text.slice(eq + 1), escape) && contiguous(ins.offsets, start, word.end);
        meta.set(name, {
            declared: true,
            overridden,
            ...(literal && word.end > start ? { pin: { start: ins.offsets[start], end: ins.offsets[word.end - 1] + 1, arg: name } } : {}),
        });
    }
}
function readFrom(ins, escape, file, vars, meta, stages) {
    const args = plainWords(ins.text, skipFlags(ins.text, ins.argsAt, escape));
    const base = { file, line: ins.line, column: ins.column, raw: args[0]?.text ?? "" };
    const fail = (error) => ({ ...base, error: `${file}:${ins.line}: ${error}` });
    let stageName;
    if (args.length === 3 && args[1].text.toLowerCase() === "as") {
        stageName = args[2].text.toLowerCase();
        if (!STAGE_NAME.test(stageName))
            return fail(`invalid stage name ${JSON.stringify(args[2].text)}: it must start with a letter and hold only letters, digits, '-', '_' and '.'`);
    }
    else if (args.length !== 1) {
        return fail(`FROM needs one image and optionally "AS name", found ${JSON.stringify(ins.text.slice(ins.argsAt).trim().slice(0, 200))}`);
    }
    const named = stageName ? { stageName } : {};
    const word = args[0];
    let expanded;
    try {
        expanded = expandWord(word.text, vars, escape);
    }
    catch (err) {
        return { ...fail(`FROM ${word.text}: ${(0,errors/* describeError */.Uc)(err)}`), ...named };
    }
    if (expanded.unset.length > 0) {
        const name = expanded.unset[0];
        return { ...fail(`FROM ${word.text}: ${unsetReason(name, meta.get(name))}`), ...named };
    }
    const image = expanded.value;
    if (!image)
        return { ...fail(`FROM ${word.text}: the image name is empty after expanding ARGs`), ...named };
    if (stages.has(image.toLowerCase()))
        return { ...base, image, skipped: "stage", ...named };
    if (image === "scratch")
        return { ...base, image, skipped: "scratch", ...named };
    let reference;
    try {
        reference = (0,registry_reference/* parseReference */.F2)(image);
    }
    catch (err) {
        return { ...fail(`FROM ${word.text}${image !== word.text ? ` (${image})` : ""}: ${(0,errors/* describeError */.Uc)(err)}`), ...named };
    }
    if (!reference.tag && !reference.digest)
        reference.tag = "latest";
    const pin = pinSpanOf(ins, word, escape, expanded.used, meta);
    return { ...base, image, reference, ...named, ...(pin ? { pin } : {}) };
}
function unsetReason(name, arg) {
    if (BUILDER_ARGS.has(name))
        return `${name} is set by the builder for each platform; give its value in ${(0,wording/* setting */.Pe)("build-args")}`;
    if (arg?.declared)
        return `ARG ${name} has no default and no build arg gives it a value; give it in ${(0,wording/* setting */.Pe)("build-args")}`;
    return `variable ${name} is not declared by an ARG before the first FROM (Docker would use an empty string); declare it or write the image name`;
}
/** The reference itself when written literally, or the default of the one ARG it consists of. */
function pinSpanOf(ins, word, escape, used, meta) {
    if (used.length === 0) {
        if (!isLiteralWord(word.text, escape) || !contiguous(ins.offsets, word.start, word.end))
            return undefined;
        return { start: ins.offsets[word.start], end: ins.offsets[word.end - 1] + 1 };
    }
    const only = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$/.exec(word.text);
    const arg = only ? meta.get((only[1] ?? only[2])) : undefined;
    return arg && !arg.overridden ? arg.pin : undefined;
}
function contiguous(offsets, start, end) {
    return end > start && offsets[end - 1] - offsets[start] === end - 1 - start;
}

;// CONCATENATED MODULE: ./src/workflows/dockerfile-pin.ts
/**
 * Writes verified digests into a Dockerfile: `FROM alpine:3.19` becomes
 * `FROM alpine:3.19@sha256:…`, keeping the name as written (familiar or not), the flags, the
 * `AS name` and everything else on the line. A reference that is the default of an ARG
 * (`ARG BASE=alpine:3.19` + `FROM ${BASE}`) is pinned in the ARG. Pinning again changes nothing.
 */

/**
 * Pins every FROM of `text` that has a passed result with a digest for the same file and line.
 * `options.file` must be the name the results carry (as given to `parseDockerfile`).
 */
function pinDockerfile(text, results, options = {}) {
    const froms = parseDockerfile(text, options);
    const edits = new Map();
    const unpinned = [];
    for (const from of froms) {
        if (!from.reference)
            continue;
        const result = results.find((r) => r.file === from.file && r.line === from.line && r.name === from.reference.name);
        if (!result?.passed || !result.digest)
            continue;
        if (from.reference.digest && !from.reference.tag) {
            continue; // `name@sha256:…` is pinned already; there is no tag to keep.
        }
        if (!from.pin) {
            unpinned.push({ line: from.line, reason: `FROM ${from.raw} is built from variables; write the digest where the image name is set` });
            continue;
        }
        const written = text.slice(from.pin.start, from.pin.end);
        const to = `${nameOf(written)}:${from.reference.tag ?? result.tag ?? "latest"}@${result.digest}`;
        const previous = edits.get(from.pin.start);
        if (previous && previous.to !== to) {
            unpinned.push({ line: from.line, reason: `ARG ${from.pin.arg} is used by FROMs that verified to different digests` });
            edits.delete(from.pin.start);
            continue;
        }
        if (written !== to)
            edits.set(from.pin.start, { end: from.pin.end, to, line: from.line, from: written });
    }
    let out = text;
    const pinned = [];
    for (const [start, edit] of [...edits].sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + edit.to + out.slice(edit.end);
        pinned.push({ line: edit.line, from: edit.from, to: edit.to });
    }
    return { text: out, pinned: pinned.sort((a, b) => a.line - b.line), unpinned };
}
/** `alpine:3.19@sha256:…` → `alpine`; `localhost:5000/app:v1` → `localhost:5000/app`. */
function nameOf(reference) {
    const at = reference.indexOf("@");
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(":");
    return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}

// EXTERNAL MODULE: ./src/workflows/trust-store.ts
var trust_store = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/net/http.ts + 2 modules
var http = __webpack_require__(2134);
// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts
var load_trust = __webpack_require__(5399);
// EXTERNAL MODULE: ./src/workflows/verify-check.ts
var verify_check = __webpack_require__(1324);
// EXTERNAL MODULE: ./src/workflows/verify-policy.ts
var verify_policy = __webpack_require__(5276);
// EXTERNAL MODULE: ./src/tuf/expiry.ts
var expiry = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/workflows/verify.ts










const PASSING = new Set(["OK", "ALLOWED_UNSIGNED"]);
async function verifyImages(targets, policy, deps) {
    const results = new Array(targets.length);
    const groups = new Map();
    targets.forEach((target, index) => {
        const where = { ...(target.file !== undefined ? { file: target.file } : {}), ...(target.line !== undefined ? { line: target.line } : {}), ...(target.column !== undefined ? { column: target.column } : {}) };
        const done = (name, v) => {
            const result = resultOf(target.reference, name, v, where);
            results[index] = result;
            deps.onResult?.(result);
        };
        if (target.error)
            return done("", { reason: "INVALID_REFERENCE", message: target.error, signers: [] });
        let ref;
        try {
            ref = (0,registry_reference/* parseReference */.F2)(target.reference);
        }
        catch (err) {
            return done("", { reason: "INVALID_REFERENCE", message: err.message, signers: [] });
        }
        if (!ref.tag && !ref.digest)
            ref.tag = "latest";
        const pattern = (0,verify_policy/* allowedUnsignedBy */.T1)(ref.name, policy.allowUnsigned);
        if (pattern) {
            return done(ref.name, {
                reason: "ALLOWED_UNSIGNED",
                message: `${ref.name} matches ${(0,wording/* setting */.Pe)("allow-unsigned")} pattern ${pattern}: allowed unsigned, not checked`,
                signers: [],
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { pinnedDigest: ref.digest } : {}),
            });
        }
        const group = groups.get(ref.name) ?? [];
        group.push({ index, target, ref });
        groups.set(ref.name, group);
    });
    await forEachLimited([...groups.values()], deps.concurrency ?? 32, async (items) => {
        for (const r of await verifyRepository(items, policy, deps)) {
            results[r.index] = r.result;
            deps.onResult?.(r.result);
        }
    });
    return results;
}
async function verifyRepository(items, policy, deps) {
    const first = items[0].ref;
    const gun = first.name;
    let anchor = {};
    let notaryServer;
    const finish = (item, v, extra = {}) => ({
        index: item.index,
        result: resultOf(item.target.reference, gun, { ...v, ...(item.ref.digest ? { pinnedDigest: item.ref.digest } : {}) }, {
            ...(item.target.file !== undefined ? { file: item.target.file } : {}),
            ...(item.target.line !== undefined ? { line: item.target.line } : {}),
            ...(item.target.column !== undefined ? { column: item.target.column } : {}),
            ...(notaryServer ? { notaryServer } : {}),
            warnings: extra.warnings ?? [],
        }),
    });
    let conn;
    try {
        anchor = (await deps.store?.load(gun)) ?? {};
        const pins = (0,verify_policy/* pinnedRootKeyIds */.It)(gun, policy.rootKeyIds);
        if (pins)
            anchor.pinnedRootKeyIds = pins;
        conn = deps.connect(first);
        notaryServer = conn.notaryServer;
        const hints = ["targets/releases", ...(policy.signers ?? []).map((s) => (s.startsWith("targets/") ? s : `targets/${s}`))];
        const { set, warnings } = await (0,load_trust/* loadTrust */.V)(conn.notary, {
            ...anchor,
            now: (deps.now ?? Date.now)(),
            hints,
            ...(deps.onWarning ? { onWarning: (m) => deps.onWarning(`${gun}: ${m}`) } : {}),
            onFirstUse: (0,first_use/* firstUseCheck */.I)({ gun, perRepository: true, ...deps.rootPin, ...(deps.onWarning ? { warn: deps.onWarning } : {}) }),
        });
        // Roles that expire within about six months (the Go client's window), with when.
        const now = (deps.now ?? Date.now)();
        for (const e of (0,expiry/* expiringRoles */.QG)(set, now)) {
            const m = (0,expiry/* expiryWarning */.iD)(gun, e, now);
            warnings.push(m);
            deps.onWarning?.(m);
        }
        const out = items.map((item) => finish(item, (0,verify_check/* checkImage */.cd)(set, item.ref, policy.signers ?? []), { warnings }));
        if (deps.store && out.some((o) => o.result.passed)) {
            await deps.store.save(gun, set.root.bytes, set.versions()).catch((err) => {
                deps.onWarning?.(`${gun}: could not store the trusted root (${err.message}); the next run trusts on first use again`);
            });
        }
        return out;
    }
    catch (err) {
        const { reason, message } = (0,verify_check/* classifyError */.fe)(err, { stored: Boolean(anchor.trustedRoot), pinned: Boolean(anchor.pinnedRootKeyIds?.length) }, gun);
        return items.map((item) => finish(item, { reason, message: item.target.reference === gun ? message : `${item.target.reference}: ${message}`, signers: [], ...(item.ref.tag ? { tag: item.ref.tag } : {}) }));
    }
    finally {
        conn?.close();
    }
}
function resultOf(reference, name, v, where) {
    return {
        reference,
        name,
        ...(v.tag !== undefined ? { tag: v.tag } : {}),
        ...(v.digest !== undefined ? { digest: v.digest } : {}),
        ...(v.pinnedDigest !== undefined ? { pinnedDigest: v.pinnedDigest } : {}),
        signers: v.signers,
        passed: PASSING.has(v.reason),
        reason: v.reason,
        message: v.message,
        ...(v.onlyIn ? { onlyIn: v.onlyIn } : {}),
        ...where,
        warnings: where.warnings ?? [],
    };
}
async function forEachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
/** Connections for verifyImages over one shared transport; call `close()` when done. */
function verifyConnections(options) {
    // Every repository's first wave goes out at once (about five files each): 64 connections per
    // server keep twenty repositories near the cost of one without opening a socket per request.
    const notaryHosts = new Set();
    const own = options.transport
        ? undefined
        : (0,http/* createTransport */.o)({
            ...(options.caPem ? { caPem: options.caPem } : {}),
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
            userAgent: options.userAgent ?? "content-trust-action",
            maxSockets: 64,
            proxy: options.proxy,
            hostCa: (0,connect/* notaryHostCa */.SX)(options.dockerConfigDir, notaryHosts),
        });
    const transport = options.transport ?? own;
    // One deadline for the whole run, however many repositories it reads.
    const deadlineAt = options.deadlineAt ?? Date.now() + (options.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.Ig);
    return {
        connect(ref) {
            // Registries with no line in notary-servers (and no notary-server) get Docker's default server.
            const notaryServer = (0,verify_policy/* notaryServerOf */.m9)(ref, options);
            notaryHosts.add(new URL((0,connect/* notaryServerFor */.AG)(ref, notaryServer, options.envNotaryServer)).host);
            const { notaryServers: _servers, notaryServer: _server, ...rest } = options;
            return (0,connect/* connect */.Ng)(ref, { ...rest, ...(notaryServer ? { notaryServer } : {}), transport, deadlineAt });
        },
        close: () => own?.close(),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
;// CONCATENATED MODULE: ./src/workflows/cosign-keys.ts
/**
 * The keys cosign signatures are verified with (input `cosign-key`, flag `--cosign-key`): public
 * key PEM (SPKI, Docker's NAME.pub, or a certificate), or an AWS KMS key ARN whose public key is
 * read with kms:GetPublicKey. The fingerprint shown to users is the sha256 of the SPKI DER.
 */






const MAX_PEM_CHARS = 64 * 1024;
const KMS_ARN = /^arn:aws[a-z-]*:kms:/;
function fingerprintOf(key) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(key.export({ type: "spki", format: "der" })).digest("hex").slice(0, 12)}`;
}
/** Every key in `value`: a KMS ARN, or PEM text holding one or more public keys or certificates. */
async function loadCosignKeys(value, name, kms = {}) {
    const text = value.trim();
    if (!text)
        throw new errors/* UsageError */.eb(`${name} is empty`, { hint: `give ${(0,wording/* step */.PM)("key-inspect")}, or an AWS KMS key ARN` });
    if (KMS_ARN.test(text)) {
        const described = await (0,kms_signer.inspectKmsKey)({ ...kms, keyId: text });
        const key = (0,keys/* keyObjectOf */._z)(described.publicKey);
        if (!key)
            throw new errors/* UsageError */.eb(`${name}: AWS KMS key ${text} has no public key cosign can verify with`);
        return [{ key, fingerprint: fingerprintOf(key), source: `AWS KMS key ${text}` }];
    }
    if (text.length > MAX_PEM_CHARS)
        throw new errors/* UsageError */.eb(`${name} is ${text.length} characters, more than ${MAX_PEM_CHARS}`);
    const blocks = text.match(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g) ?? [];
    if (blocks.length === 0)
        throw new errors/* UsageError */.eb(`${name} is neither a PEM public key nor an AWS KMS key ARN`, { hint: `give ${(0,wording/* step */.PM)("key-inspect")} (-----BEGIN PUBLIC KEY-----…)` });
    return blocks.map((block) => {
        let parsed;
        try {
            parsed = (0,public_key/* parsePublicKey */.ee)(block);
        }
        catch (err) {
            // Say which setting holds the unusable key: in verify it could be taken for the signing key.
            if (err instanceof errors/* UsageError */.eb)
                throw new errors/* UsageError */.eb(`${name}: ${err.message}`, { code: err.code, cause: err, ...(err.hint ? { hint: err.hint } : {}) });
            throw err;
        }
        const key = (0,keys/* keyObjectOf */._z)(parsed.publicKey);
        if (!key)
            throw new errors/* UsageError */.eb(`${name}: a ${parsed.publicKey.type} key that cosign cannot verify with`);
        return { key, fingerprint: fingerprintOf(key), source: name };
    });
}

// EXTERNAL MODULE: ./src/cosign/payload.ts
var payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/workflows/cosign-read.ts + 1 modules
var cosign_read = __webpack_require__(4899);
// EXTERNAL MODULE: ./src/workflows/verify-accept.ts
var verify_accept = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/workflows/verify-report.ts
var verify_report = __webpack_require__(1572);
;// CONCATENATED MODULE: ./src/workflows/verify-cosign.ts










const REASONS = {
    NO_SIGNATURES: "COSIGN_NO_SIGNATURES",
    WRONG_KEY: "COSIGN_WRONG_KEY",
    PAYLOAD_TAMPERED: "COSIGN_PAYLOAD_TAMPERED",
    OTHER_DIGEST: "COSIGN_OTHER_DIGEST",
    OTHER_REPOSITORY: "COSIGN_OTHER_REPOSITORY",
    NOT_SIMPLE_SIGNING: "COSIGN_NOT_SIMPLE_SIGNING",
    NOT_COSIGN_PAYLOAD: "COSIGN_NOT_COSIGN_PAYLOAD",
};
async function verifyAccepting(targets, policy, deps) {
    const modes = targets.map((t) => modeOf(t, policy));
    if (modes.some((m) => m !== "notary") && !policy.cosignKeys?.length) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("accept")} names cosign, any or all, but no cosign key is given`, { hint: `give ${(0,wording/* setting */.Pe)("cosign-key")}: ${(0,wording/* step */.PM)("key-inspect")}, or an AWS KMS key ARN` });
    }
    const notaryIndexes = targets.map((_, i) => i).filter((i) => modes[i] !== "cosign");
    // Progress reports final results: with cosign checks to come, Notary's verdict alone is not one.
    const { onResult, ...withoutProgress } = deps;
    const notaryOnly = modes.every((m) => m === "notary");
    const notary = await verifyImages(notaryIndexes.map((i) => targets[i]), policy, notaryOnly ? deps : withoutProgress);
    if (notaryOnly)
        return notary;
    const results = new Array(targets.length);
    notaryIndexes.forEach((i, k) => (results[i] = notary[k]));
    await Promise.all(targets.map(async (target, i) => {
        const mode = modes[i];
        if (mode === "notary")
            return;
        const fromNotary = results[i];
        if (fromNotary?.reason === "ALLOWED_UNSIGNED" || fromNotary?.reason === "INVALID_REFERENCE")
            return;
        if (mode === "any" && fromNotary?.passed) {
            results[i] = { ...fromNotary, accepted: "notary" };
            return;
        }
        const ref = (0,registry_reference/* parseReference */.F2)(target.reference);
        if (!ref.tag && !ref.digest)
            ref.tag = "latest";
        const cosign = await checkCosign(ref, ref.digest ?? (fromNotary?.passed ? fromNotary.digest : undefined), policy.cosignKeys, deps);
        results[i] = combine(target, ref, mode, fromNotary, cosign);
    }));
    for (const r of results)
        onResult?.(r);
    return results;
}
function modeOf(target, policy) {
    if (target.error)
        return "notary";
    try {
        const name = (0,registry_reference/* parseReference */.F2)(target.reference).name;
        return (0,verify_policy/* allowedUnsignedBy */.T1)(name, policy.allowUnsigned) ? "notary" : (0,verify_accept/* acceptModeFor */.X5)(name, policy.accept);
    }
    catch {
        return "notary";
    }
}
async function checkCosign(ref, knownDigest, keys, deps) {
    const conn = deps.connect(ref);
    const subject = `${ref.name}${ref.tag ? `:${ref.tag}` : ""}`;
    try {
        if (!conn.registry)
            throw new TypeError("no registry client for cosign signatures");
        const digest = knownDigest ?? (await conn.registry.resolve(ref)).digest;
        // The manifest and its payloads are read once; each key is judged against the same bytes.
        const states = await (0,cosign_read/* readSignaturesForKeys */.Lb)(conn.registry, ref, digest, keys.map((k) => k.key), { stopAtFirstPass: true });
        const passing = states.findIndex((s) => s.verdict.ok);
        if (passing >= 0) {
            const key = keys[passing];
            return { passed: true, reason: "OK", signatures: states[passing].verdict.layers, key: key.fingerprint, digest, message: `${subject}@${(0,verify_report/* shortDigest */.VK)(digest)}: cosign signature by key ${key.fingerprint} verified` };
        }
        const state = states[0];
        const reason = REASONS[state.verdict.reason ?? "NO_SIGNATURES"];
        return { passed: false, reason, signatures: state.verdict.layers, digest, message: describe(reason, subject, digest, state, keys) };
    }
    catch (err) {
        const { reason, message } = classifyCosignError(err, ref);
        return { passed: false, reason, signatures: 0, message: `${subject}: cosign signature could not be read: ${message}` };
    }
    finally {
        conn.close();
    }
}
/**
 * A failure to read cosign signatures, in the registry's terms: the cosign codes thrown while
 * reading pass through, registry codes map to their reasons with a hint about the registry (the
 * Notary classifier would blame notary-server and call an oversized answer tampering).
 */
function classifyCosignError(err, ref) {
    const message = (0,errors/* describeError */.Uc)(err);
    if (err instanceof errors/* TrustError */.Ru && COSIGN_CODES.has(err.code))
        return { reason: err.code, message };
    const code = err instanceof errors/* ServerError */.gP || err instanceof errors/* TrustError */.Ru ? err.code : undefined;
    if (code && verify_check/* ACCESS_CODES */.A4.has(code))
        return { reason: "ACCESS_DENIED", message: hinted(err, message, `check the registry credentials: pulling from ${ref.name} needs read access`) };
    if (err instanceof errors/* ServerError */.gP && (verify_check/* UNREACHABLE_CODES */.E5.has(err.code) || (err.status ?? 0) >= 500)) {
        return { reason: "UNREACHABLE", message: hinted(err, message, `check that registry ${ref.registry} is up and reachable`) };
    }
    if (err instanceof errors/* ServerError */.gP && err.code === "RESPONSE_TOO_LARGE")
        return { reason: "ERROR", message: `${message}; the registry sent more than a cosign signature manifest or payload may hold` };
    return { reason: "ERROR", message };
}
const COSIGN_CODES = new Set([...Object.values(REASONS), "COSIGN_MANIFEST_INVALID"]);
const hinted = (err, message, hint) => (err.hint ? message : `${message}; ${hint}`);
function describe(reason, subject, digest, state, keys) {
    const at = `${subject}@${(0,verify_report/* shortDigest */.VK)(digest)}`;
    const claim = (r) => state.verdicts.find((v) => v.reason === r)?.claims;
    const keyList = keys.map((k) => k.fingerprint).join(", ");
    switch (reason) {
        case "COSIGN_NO_SIGNATURES":
            return `${at}: no cosign signature (no ${(0,payload/* signatureTag */.bG)(digest)} in the repository); sign it with ${(0,wording/* setting */.Pe)("oci-signature")} cosign or backfill with ${(0,wording/* step */.PM)("migrate", at)}`;
        case "COSIGN_WRONG_KEY":
            return `${at}: none of the ${state.verdict.layers} cosign signature(s) verifies with ${(0,wording/* setting */.Pe)("cosign-key")} ${keyList}; check that ${(0,wording/* setting */.Pe)("cosign-key")} is the signer's public key`;
        case "COSIGN_PAYLOAD_TAMPERED":
            return `${at}: a cosign payload served does not match the digest its signature manifest names (tampered or missing blob); do not use this image`;
        case "COSIGN_OTHER_DIGEST":
            return `${at}: the cosign signature by key ${keyList} names another image (${claim("OTHER_DIGEST")?.manifestDigest.slice(0, 80)}); it was copied, do not use this image`;
        case "COSIGN_OTHER_REPOSITORY":
            return `${at}: the cosign signature by key ${keyList} names another repository (${claim("OTHER_REPOSITORY")?.dockerReference.slice(0, 200)}); it was copied, do not use this image`;
        default:
            return `${at}: the cosign signature manifest holds no valid simple-signing signature (${reason})`;
    }
}
function combine(target, ref, mode, notary, cosign) {
    const { digest, ...cosignPart } = cosign;
    const base = notary ?? {
        reference: target.reference,
        name: ref.name,
        ...(ref.tag ? { tag: ref.tag } : {}),
        ...(ref.digest ? { pinnedDigest: ref.digest } : {}),
        signers: [],
        passed: false,
        reason: cosign.reason,
        message: cosign.message,
        ...(target.file !== undefined ? { file: target.file } : {}),
        ...(target.line !== undefined ? { line: target.line } : {}),
        ...(target.column !== undefined ? { column: target.column } : {}),
        warnings: [],
    };
    const withCosign = { ...base, cosign: cosignPart };
    if (mode === "cosign" || (mode === "any" && !notary?.passed)) {
        if (cosign.passed)
            return { ...withCosign, passed: true, reason: "OK", message: cosign.message, ...(digest ? { digest } : {}), accepted: "cosign" };
        // any: both failed; the cosign reason is the one to act on when Notary has nothing at all.
        if (mode === "any" && notary && notary.reason !== "NO_TRUST_DATA")
            return { ...withCosign, message: `${notary.message}; and ${cosign.message}` };
        return { ...withCosign, passed: false, reason: cosign.reason, message: notary ? `${cosign.message} (Notary: ${notary.reason})` : cosign.message, ...(digest ? { digest } : {}) };
    }
    // all
    if (!notary?.passed)
        return withCosign;
    if (!cosign.passed)
        return { ...withCosign, passed: false, reason: cosign.reason, message: cosign.message };
    return { ...withCosign, accepted: "notary+cosign", message: `${notary.message}; ${cosign.message}` };
}

;// CONCATENATED MODULE: ./src/workflows/verify-targets.ts
/**
 * The images to verify, from the `images` input and the FROM lines of the `dockerfile` input
 * (paths or globs relative to the workspace). A FROM whose image cannot be worked out becomes a
 * failing target on its line; `scratch` and stage references are not images and are left out.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. A literal path must exist and a glob must match something.
 */






const MAX_DOCKERFILE_BYTES = 1024 * 1024;
const MAX_WALK_ENTRIES = 50_000;
const SKIP_DIRS = new Set([".git", "node_modules"]);
async function collectTargets(sources) {
    const targets = (0,verify_policy/* inputLines */.KD)(sources.images).map((reference) => ({ reference }));
    const dockerfiles = [];
    for (const file of await findDockerfiles((0,verify_policy/* inputLines */.KD)(sources.dockerfiles), sources.cwd)) {
        const text = await readDockerfile(sources.cwd, file);
        let froms;
        try {
            froms = parseDockerfile(text, { file, ...(sources.buildArgs ? { buildArgs: sources.buildArgs } : {}) });
        }
        catch (err) {
            if (!(err instanceof DockerfileError))
                throw err;
            targets.push({ reference: file, file, line: err.line, error: (0,errors/* describeError */.Uc)(err) });
            continue;
        }
        dockerfiles.push({ file, froms });
        if (!froms.length)
            targets.push({ reference: file, file, line: 1, error: `${file}: no FROM instruction` });
        for (const from of froms) {
            if (from.skipped)
                continue;
            targets.push({
                reference: from.image ?? from.raw,
                file,
                line: from.line,
                column: from.column,
                ...(from.error ? { error: from.error } : {}),
            });
        }
    }
    return { targets, dockerfiles };
}
/** Files named by `patterns`, relative to `cwd` with `/` separators, in pattern order without repeats. */
async function findDockerfiles(patterns, cwd) {
    const out = [];
    const add = (f) => {
        if (!out.includes(f))
            out.push(f);
    };
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
        if (!/[*?]/.test(pattern)) {
            const info = await (0,promises_.stat)(external_node_path_default().resolve(cwd, pattern)).catch(() => undefined);
            if (!info?.isFile())
                throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("dockerfile")} ${pattern} was not found`, { hint: `give a path relative to ${(0,wording/* phrase */.MZ)("base-directory")}, or a glob such as **/Dockerfile` });
            add(relativeName(cwd, pattern));
            continue;
        }
        const segments = pattern.split("/");
        const fixed = segments.findIndex((s) => /[*?]/.test(s));
        const base = segments.slice(0, fixed).join("/");
        const re = globRegex(pattern);
        const found = (await walk(external_node_path_default().resolve(cwd, base || "."), base)).filter((f) => re.test(f)).sort();
        if (!found.length)
            throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("dockerfile")} pattern ${pattern} matched no file`, { hint: `patterns are relative to ${(0,wording/* phrase */.MZ)("base-directory")}; ** matches any depth` });
        found.forEach((f) => add(relativeName(cwd, f)));
    }
    return out;
}
async function readDockerfile(cwd, file) {
    const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file)).catch((err) => {
        throw new errors/* UsageError */.eb(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
    });
    if (bytes.length > MAX_DOCKERFILE_BYTES)
        throw new errors/* UsageError */.eb(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
    return bytes.toString("utf8");
}
function globRegex(pattern) {
    const parts = pattern.split("/").map((seg, i, all) => {
        if (seg === "**")
            return i === all.length - 1 ? ".*" : "(?:[^/]+/)*";
        const body = seg.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
        return i === all.length - 1 ? body : `${body}/`;
    });
    return new RegExp(`^${parts.join("")}$`);
}
/** Files under `dir`, named `prefix/…` with `/` separators. */
async function walk(dir, prefix) {
    const out = [];
    let seen = 0;
    const visit = async (abs, rel) => {
        const entries = await (0,promises_.readdir)(abs, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new errors/* UsageError */.eb(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, { hint: "narrow the pattern" });
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                await visit(external_node_path_default().join(abs, e.name), name);
            else if (e.isFile())
                out.push(name);
        }
    };
    await visit(dir, prefix);
    return out;
}
function relativeName(cwd, file) {
    const rel = external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)).split((external_node_path_default()).sep).join("/");
    return rel.startsWith("..") ? file : rel;
}

;// CONCATENATED MODULE: ./src/workflows/run-verify.ts
/**
 * The verify job as both entry points run it: collect images (list and Dockerfiles), verify them
 * all in parallel against the policy, optionally pin the verified digests into the Dockerfiles.
 */












async function runVerify(config, hooks = {}) {
    const { targets, dockerfiles } = await collectTargets({
        ...(config.images ? { images: config.images } : {}),
        ...(config.dockerfiles ? { dockerfiles: config.dockerfiles } : {}),
        ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
        cwd: config.cwd,
    });
    if (targets.length === 0)
        throw new errors/* UsageError */.eb(`nothing to verify: no image in ${(0,wording/* setting */.Pe)("images")} or the FROM lines of ${(0,wording/* setting */.Pe)("dockerfile")}`, { hint: `give ${(0,wording/* setting */.Pe)("images")} (e.g. docker.io/library/alpine:3.20) or ${(0,wording/* setting */.Pe)("dockerfile")}` });
    const cosignKeys = config.cosignKey ? await loadCosignKeys(config.cosignKey, config.cosignKeyName ?? "cosign-key", { ...(0,connect/* kmsProxyOptions */.o7)(config.proxy), ...hooks.kms }) : undefined;
    const connections = verifyConnections({ ...config, ...(hooks.log ? { logRetry: hooks.log } : {}) });
    try {
        const results = await verifyAccepting(targets, {
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.rootKeyPins?.length ? { rootKeyIds: config.rootKeyPins } : {}),
            ...(config.allowUnsigned?.length ? { allowUnsigned: config.allowUnsigned } : {}),
            ...(config.accept?.length ? { accept: config.accept } : {}),
            ...(cosignKeys ? { cosignKeys } : {}),
        }, {
            connect: (ref) => connections.connect(ref),
            ...(config.trustDir ? { store: new trust_store/* TrustStore */.O(config.trustDir) } : {}),
            ...(hooks.warn ? { onWarning: hooks.warn } : {}),
            rootPin: { requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}) },
            ...(hooks.onResult ? { onResult: hooks.onResult } : {}),
        });
        const pinned = [];
        if (config.pin) {
            for (const { file } of dockerfiles) {
                const full = external_node_path_default().resolve(config.cwd, file);
                const text = await (0,promises_.readFile)(full, "utf8");
                const outcome = pinDockerfile(text, results, { file, ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}) });
                if (outcome.text !== text)
                    await (0,promises_.writeFile)(full, outcome.text);
                pinned.push({ file, outcome });
            }
        }
        return { results, outputs: (0,verify_report/* verifyOutputs */.ce)(results, config.pin ? pinned : undefined), passed: results.every((r) => r.passed), pinned };
    }
    finally {
        connections.close();
    }
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ acceptModeFor),
/* harmony export */   cN: () => (/* binding */ parseAccept)
/* harmony export */ });
/* unused harmony export ACCEPT_MODES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5276);
/**
 * Which signatures a verify run accepts, per repository: `notary` (Docker Content Trust, the
 * default), `cosign` (a cosign signature by a `cosign-key` in the image's repository), `any`
 * (either), `all` (both). Input form: one mode for every repository, or lines `pattern=mode`
 * (patterns as in verify-policy.ts; the exact name first, then the first matching pattern, then a
 * line without pattern).
 */


const ACCEPT_MODES = ["notary", "cosign", "any", "all"];
function parseAccept(input, name) {
    return (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(input).map((line) => {
        const eq = line.lastIndexOf("=");
        const repository = eq < 0 ? undefined : line.slice(0, eq).trim();
        const mode = (eq < 0 ? line : line.slice(eq + 1)).trim().toLowerCase();
        if (!ACCEPT_MODES.includes(mode)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} ${JSON.stringify(line.slice(0, 120))}: ${JSON.stringify(mode.slice(0, 40))} is not one of ${ACCEPT_MODES.join(", ")}`, {
                hint: "write a mode (cosign) or lines of repository-pattern=mode (registry.example/app/*=any)",
            });
        }
        if (repository !== undefined)
            (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .normalisePattern */ .FG)(repository, name);
        return { ...(repository !== undefined ? { repository } : {}), mode: mode };
    });
}
function acceptModeFor(name, rules) {
    if (!rules?.length)
        return "notary";
    const scoped = rules.filter((r) => r.repository !== undefined);
    return (scoped.find((r) => (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .normalisePattern */ .FG)(r.repository, "accept") === (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .policyName */ .ct)(name))?.mode ??
        scoped.find((r) => (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesRepository */ .Ot)(r.repository, name))?.mode ??
        rules.find((r) => r.repository === undefined)?.mode ??
        "notary");
}


/***/ }),

/***/ 1324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ ACCESS_CODES),
/* harmony export */   E5: () => (/* binding */ UNREACHABLE_CODES),
/* harmony export */   cd: () => (/* binding */ checkImage),
/* harmony export */   fe: () => (/* binding */ classifyError)
/* harmony export */ });
/* unused harmony export signersOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/* harmony import */ var _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);
/**
 * The verdict for one image against trust data we loaded and verified, and the reason code for a
 * repository that could not be loaded. Docker's rules (docs/notary-protocol.md §7): a tag is trusted only when
 * released, in `targets/releases` (first) or `targets`; its signers are the other roles holding the
 * same tag with the same digest. A delegation that failed verification was skipped by loadTrust (as
 * Docker skips it); when the answer depends on it, the reason is that failure, not "not signed".
 */




const UNREACHABLE_CODES = new Set([
    "UNREACHABLE", "TIMEOUT", "CONNECTION_RESET", "SERVER_UNAVAILABLE", "TOO_MANY_REDIRECTS", "BAD_REDIRECT", "ABORTED",
    "TLS", "TLS_UNKNOWN_CA", "TLS_WRONG_CA", "TLS_HOSTNAME", "TLS_CERT_EXPIRED", "PLAIN_HTTP", "REGISTRY_PLAIN_HTTP", "PROXY_AUTH", "PROXY_REFUSED",
]);
const ACCESS_CODES = new Set(["UNAUTHORIZED", "FORBIDDEN", "PULL_DENIED", "PUSH_DENIED", "TOKEN_ERROR", "BAD_CHALLENGE", "CREDENTIAL_HELPER"]);
/** Checks one reference (tag, tag@digest or @digest) against the loaded repository. */
function checkImage(set, ref, requiredSigners) {
    const subject = ref.tag ? `${set.gun}:${ref.tag}` : `${set.gun}@${ref.digest}`;
    const broken = (roles) => {
        for (const role of roles) {
            const skipped = set.targets.has(role) ? undefined : set.skipped.get(role);
            if (!skipped)
                continue;
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(skipped);
            if (skipped.code === "SIGNERS_REMOVED") {
                return { reason: "SIGNERS_REMOVED", message: `${subject}: ${detail}`, signers: [] };
            }
            return skipped instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpiredError */ .Ci
                ? { reason: "EXPIRED", message: `${subject}: ${detail}, so it is not trusted; its signer must sign it again to renew it`, signers: [] }
                : { reason: "TAMPERED", message: `${subject}: ${role} failed verification (${detail}); the trust data was altered on the server or on the way`, signers: [] };
        }
        return undefined;
    };
    let candidates;
    if (ref.tag) {
        const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, ref.tag);
        if (!released)
            return broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH]) ?? notSigned(set, subject, (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, ref.tag).map((e) => e.role));
        if (!released.digest) {
            // Go accepts a sha512-only entry (notary addhash --sha512); docker lists it with an empty
            // digest and cannot pull it by digest. It is not tampering, and it cannot be verified.
            return {
                reason: "NO_SHA256",
                message: `${subject} is released in ${released.role} with no sha256 digest (hashes: ${[...released.meta.hashes.keys()].join(", ") || "none"}), so it cannot be pulled or verified by digest; sign it again with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)} or docker trust sign`,
                tag: ref.tag,
                signers: [],
            };
        }
        candidates = [{ tag: ref.tag, hex: released.digest }];
        if (ref.digest && ref.digest !== `sha256:${released.digest}`) {
            return {
                reason: "DIGEST_MISMATCH",
                message: `${subject} is signed as sha256:${released.digest}, not the pinned ${ref.digest}; update the pin if the new digest is expected, else find out who moved the tag`,
                tag: ref.tag,
                digest: `sha256:${released.digest}`,
                signers: signersOf(set, ref.tag, released.digest),
            };
        }
    }
    else {
        const hex = ref.digest.slice("sha256:".length);
        candidates = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signedTags */ .m_)(set)
            .filter((t) => t.digest === hex)
            .map((t) => ({ tag: t.tag, hex }));
        if (candidates.length === 0) {
            const elsewhere = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set).filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role));
            return broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH]) ?? notSigned(set, subject, elsewhere.map((e) => `${e.role} (as ${e.tag})`), true);
        }
    }
    const missing = (c) => requiredSigners.map(roleOf).filter((role) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, c.tag).some((e) => e.role === role && e.digest === c.hex));
    const chosen = candidates.find((c) => missing(c).length === 0);
    if (!chosen) {
        const c = candidates[0];
        const role = missing(c)[0];
        return {
            ...(broken([role]) ?? { reason: "SIGNER_MISSING", message: signerMissing(set, c, role, subject), signers: [] }),
            tag: c.tag,
            digest: `sha256:${c.hex}`,
            signers: signersOf(set, c.tag, c.hex),
        };
    }
    const signers = signersOf(set, chosen.tag, chosen.hex);
    const also = candidates.length > 1 ? ` (tags ${candidates.map((c) => c.tag).join(", ")})` : "";
    return {
        reason: "OK",
        message: ref.tag
            ? `${subject} is signed as sha256:${chosen.hex} by ${signers.join(", ")}`
            : `${subject} is signed as tag ${chosen.tag}${also} by ${signers.join(", ")}`,
        tag: chosen.tag,
        digest: `sha256:${chosen.hex}`,
        signers,
    };
}
/** The reason a repository could not be loaded, knowing whether a stored root or a root-key-id pin was in force. */
function classifyError(err, anchor, gun = "the repository") {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP) {
        if (err.code === "NOT_INITIALISED") {
            return { reason: "NO_TRUST_DATA", message: `${err.message}: the repository has no Docker Content Trust data; sign it, or list it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("allow-unsigned")}` };
        }
        if (err.code === "RESPONSE_TOO_LARGE")
            return { reason: "TAMPERED", message: `${message}; the server sent more than the signed length` };
        if (ACCESS_CODES.has(err.code))
            return { reason: "ACCESS_DENIED", message };
        if (UNREACHABLE_CODES.has(err.code) || (err.status ?? 0) >= 500) {
            return { reason: "UNREACHABLE", message: err.hint ? message : `${message}; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-server")} (or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-servers")}) and that the server is up` };
        }
        return { reason: "ERROR", message };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk) {
        if (err.code === "EXPIRED")
            return { reason: "EXPIRED", message: err.hint ? message : `${message}; the repository's trust data is stale (a frozen server, or a role nobody renewed)` };
        const aboutRoot = err.code === "ROOT_TRUST" || err.code === "ROOT_CHANGED" || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RollbackError */ .ZS && err.role === "root");
        if (aboutRoot && (anchor.stored || anchor.pinned)) {
            const hint = err.hint
                ? ""
                : anchor.stored
                    ? `; it does not match the root trusted in an earlier run; ${(0,_tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_2__/* .rootRecovery */ .EM)(gun)}`
                    : `; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")} against the Root Key that docker trust inspect shows`;
            return { reason: "ROOT_CHANGED", message: message + hint };
        }
        return { reason: "TAMPERED", message: err.hint ? message : `${message}; the trust data was altered on the server or on the way` };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && ACCESS_CODES.has(err.code))
        return { reason: "ACCESS_DENIED", message };
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && err.code === "ROOT_NOT_PINNED")
        return { reason: "ROOT_NOT_PINNED", message };
    return { reason: "ERROR", message };
}
/** Docker's signer names for a released (tag, digest); "Repo Admin" when only released roles hold it. */
function signersOf(set, tag, hex) {
    const names = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, tag)
        .filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role))
        .map((e) => (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex)(e.role));
    const unique = [...new Set(names)];
    return unique.length ? unique : [_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .REPO_ADMIN */ .jz];
}
function roleOf(signer) {
    return signer.startsWith("targets/") ? signer : `targets/${signer}`;
}
/** The loader's warning for a role it skipped because it failed verification. */
function notSigned(set, subject, holders, byDigest = false) {
    const onlyIn = [...new Set(holders)];
    if (onlyIn.length) {
        return {
            reason: "TAG_NOT_SIGNED",
            message: `${subject} is signed only in ${onlyIn.join(", ")}, which docker pull does not trust; release it with \`docker trust sign\` (targets/releases)`,
            signers: [],
            onlyIn,
        };
    }
    const tags = [...new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signedTags */ .m_)(set).map((t) => t.tag))].sort(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .naturalCompare */ .p0);
    const shown = tags.length ? `signed tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""}` : "no tag is signed";
    return {
        reason: "TAG_NOT_SIGNED",
        message: byDigest ? `${subject}: no released tag of ${set.gun} is signed to this digest (${shown})` : `${subject} is not signed (${shown}); sign it with \`docker trust sign\` or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)}`,
        signers: [],
    };
}
function signerMissing(set, c, role, subject) {
    const name = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex)(role);
    if (!set.delegations.has(role)) {
        const known = [...set.delegations.keys()].filter((r) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(r)).map(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex);
        return `${subject}: required signer ${name} is not a signer of ${set.gun} (signers: ${known.join(", ") || "none"})`;
    }
    const other = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, c.tag).find((e) => e.role === role);
    if (other)
        return `${subject}: required signer ${name} signed ${c.tag} as sha256:${other.digest}, not the released sha256:${c.hex}`;
    return `${subject}: required signer ${name} has not signed ${c.tag} (sha256:${c.hex})`;
}


/***/ }),

/***/ 5276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ parseRootKeyPins),
/* harmony export */   FG: () => (/* binding */ normalisePattern),
/* harmony export */   It: () => (/* binding */ pinnedRootKeyIds),
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   Ot: () => (/* binding */ matchesRepository),
/* harmony export */   T1: () => (/* binding */ allowedUnsignedBy),
/* harmony export */   bI: () => (/* binding */ parseNotaryServers),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   m9: () => (/* binding */ notaryServerOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3395);
/**
 * The verify policy and the inputs that build it, shared by the action and the CLI.
 *
 * Repository patterns (`allow-unsigned`, the repository side of `root-key-id`) name repositories
 * the way image names do, normalised first: `alpine` is `docker.io/library/alpine`, `myorg/*` is
 * `docker.io/myorg/*`, a first component with `.` or `:` (or `localhost`) is a registry. Then `*`
 * matches within one path component, `**` across components, `?` one character. A pattern names
 * repositories, never tags: every tag of a matching repository matches.
 */



const KEY_ID = /^[0-9a-f]{64}$/;
const HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
/** Lines of a multi-line input: trimmed, without blanks and `#` comments. */
function inputLines(input) {
    if (input === undefined)
        return [];
    const lines = typeof input === "string" ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
    return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
/** `build-args`: lines of `NAME=value` (the value may be empty). */
function parseBuildArgs(input) {
    const out = {};
    for (const line of inputLines(input)) {
        const eq = line.indexOf("=");
        const name = eq < 0 ? line : line.slice(0, eq).trim();
        if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("build-args")}: ${JSON.stringify(line.slice(0, 80))} is not NAME=value`, { hint: "write each as NAME=value" });
        }
        out[name] = line.slice(eq + 1);
    }
    return out;
}
/** `root-key-id`: one key ID for every repository, or lines of `repository=keyid[,keyid…]`. */
function parseRootKeyPins(input) {
    const pins = [];
    for (const line of inputLines(input)) {
        const eq = line.lastIndexOf("=");
        const repository = eq < 0 ? undefined : line.slice(0, eq).trim();
        const keyIds = (eq < 0 ? line : line.slice(eq + 1)).split(",").map((k) => k.trim().toLowerCase());
        for (const id of keyIds) {
            if (!KEY_ID.test(id)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("root-key-id")} ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`, {
                    hint: "copy the Root key ID from `docker trust inspect` (AdministrativeKeys)",
                });
            }
        }
        if (repository !== undefined)
            normalisePattern(repository, (0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("root-key-id"));
        pins.push({ ...(repository !== undefined ? { repository } : {}), keyIds });
    }
    return pins;
}
/** `notary-servers`: lines of `registry-host=https://notary.example[:port]`. */
function parseNotaryServers(input) {
    const out = new Map();
    for (const line of inputLines(input)) {
        const eq = line.indexOf("=");
        const host = eq < 0 ? "" : line.slice(0, eq).trim().toLowerCase();
        if (!host || host.includes("/")) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("notary-servers")}: ${JSON.stringify(line.slice(0, 120))} is not registry-host=url`, { hint: "e.g. registry.example:5000=https://notary.example:4443" });
        }
        const url = line.slice(eq + 1).trim();
        out.set(hubAware(host), (0,_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .notaryServerFor */ .AG)({ registry: host, apiHost: host, repository: "", name: host }, url));
    }
    return out;
}
/** The Notary server for an image: its registry's line in `notary-servers`, else `notary-server`, else Docker's default. */
function notaryServerOf(ref, options) {
    return options.notaryServers?.get(hubAware(ref.registry.toLowerCase())) ?? (options.notaryServer || undefined);
}
/** The first allow-unsigned pattern that matches the repository, if any. */
function allowedUnsignedBy(name, patterns) {
    return patterns?.find((p) => matchesRepository(p, name));
}
/** The root key IDs pinned for a repository: its exact line first, then the first matching pattern, then a global pin. */
function pinnedRootKeyIds(name, pins) {
    if (!pins?.length)
        return undefined;
    const ids = (list) => (list.length ? [...new Set(list.flatMap((p) => p.keyIds))] : undefined);
    const scoped = pins.filter((p) => p.repository !== undefined);
    return (ids(scoped.filter((p) => normalisePattern(p.repository, (0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("root-key-id")) === policyName(name))) ??
        ids(scoped.filter((p) => matchesRepository(p.repository, name)).slice(0, 1)) ??
        ids(pins.filter((p) => p.repository === undefined)));
}
/**
 * An image's repository name as the policy compares it, by the same rule as a pattern: Docker
 * Hub's other host names (registry.hub.docker.com, registry-1.docker.io, index.docker.io) read as
 * docker.io, so a pattern matches the name however either of them writes Docker Hub.
 */
function policyName(name) {
    return normalisePattern(name, "image");
}
function matchesRepository(pattern, name) {
    const normal = normalisePattern(pattern, "pattern");
    const subject = policyName(name);
    let re = "";
    for (let i = 0; i < normal.length; i++) {
        const ch = normal[i];
        if (ch === "*" && normal[i + 1] === "*") {
            re += ".*";
            i++;
        }
        else if (ch === "*")
            re += "[^/]*";
        else if (ch === "?")
            re += "[^/]";
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${re}$`).test(subject);
}
/** A repository pattern written like an image name, as the fully qualified name it matches. */
function normalisePattern(pattern, input) {
    const p = pattern.trim();
    const slash = p.indexOf("/");
    const first = slash < 0 ? p : p.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === "localhost");
    const path = hasRegistry ? p.slice(slash + 1) : p;
    if (!p || /[@\s]/.test(p) || path.includes(":")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${JSON.stringify(p.slice(0, 120))} is not a repository pattern`, {
            hint: "name repositories without tag or digest, e.g. registry.example/internal/*",
        });
    }
    if (!hasRegistry)
        return slash < 0 ? `docker.io/library/${p}` : `docker.io/${p}`;
    const registry = hubAware(first.toLowerCase());
    return registry === "docker.io" && !path.includes("/") ? `docker.io/library/${path}` : `${registry}/${path}`;
}
function hubAware(host) {
    return HUB_ALIASES.has(host) ? "docker.io" : host;
}


/***/ }),

/***/ 1572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ detailOf),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ce: () => (/* binding */ verifyOutputs),
/* harmony export */   hk: () => (/* binding */ annotations),
/* harmony export */   jZ: () => (/* binding */ policySummary),
/* harmony export */   jb: () => (/* binding */ summaryTable)
/* harmony export */ });
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3395);
/**
 * What a verify run hands back to a person and to later steps: the outputs (`result`, `digests`,
 * `pinned`), a Markdown summary (the policy applied, a table with reasons in plain words), and one
 * annotation per failed image, on the Dockerfile line of its FROM when it came from one.
 */

function verifyOutputs(results, pinReport) {
    const result = results.map((r) => ({
        reference: r.reference,
        name: r.name,
        tag: r.tag ?? null,
        digest: r.digest ?? null,
        ...(r.pinnedDigest !== undefined ? { pinnedDigest: r.pinnedDigest } : {}),
        signers: r.signers,
        passed: r.passed,
        checked: r.reason !== "ALLOWED_UNSIGNED",
        reason: r.reason,
        message: r.message,
        ...(r.accepted !== undefined ? { accepted: r.accepted } : {}),
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
    }));
    const digests = {};
    const pinned = [];
    for (const r of results) {
        if (!r.passed || !r.digest)
            continue;
        digests[r.reference] = r.digest;
        // A bare name@digest names no tag: inventing the tag found for it would pin something not written.
        if (!pinReport && r.tag && !(r.reference.includes("@") && !referenceHasTag(r.reference))) {
            const line = `${writtenName(r.reference)}:${r.tag}@${r.digest}`;
            if (!pinned.includes(line))
                pinned.push(line);
        }
    }
    for (const { outcome } of pinReport ?? [])
        for (const p of outcome.pinned)
            if (!pinned.includes(p.to))
                pinned.push(p.to);
    return { result: JSON.stringify(result), digests: JSON.stringify(digests), pinned: pinned.join("\n") };
}
/** The verdict as a person reads it: checked and passed, not checked, or failed. */
function verdictOf(r) {
    return r.reason === "ALLOWED_UNSIGNED" ? "allowed" : r.passed ? "passed" : "failed";
}
/** The message without the reference it starts with, for a line or row that names the image already. */
function detailOf(r) {
    return r.message.startsWith(`${r.reference}: `) ? r.message.slice(r.reference.length + 2) : r.message;
}
/** The reason as a reviewer reads it; the full message (with every detail) goes to the log. */
function plainReason(r) {
    const host = r.notaryServer ? hostOf(r.notaryServer) : "the Notary server";
    const tag = r.tag ? `tag ${r.tag}` : "this digest";
    switch (r.reason) {
        case "OK":
            return "";
        case "ALLOWED_UNSIGNED":
            return `allowed unsigned by ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)("allow-unsigned")}`;
        case "NO_TRUST_DATA":
            return `no signatures on ${host} for this repository`;
        case "TAG_NOT_SIGNED":
            if (r.onlyIn?.length)
                return `${tag} is signed only in roles docker pull does not trust`;
            return r.tag ? `${tag} is not signed` : "no signed tag points to this digest";
        case "DIGEST_MISMATCH":
            return `${tag} is signed for another digest than the one pinned`;
        case "SIGNER_MISSING":
            return "not signed by every required signer";
        case "EXPIRED":
            return "the signatures have expired";
        case "TAMPERED":
            return "the signatures failed verification (altered or corrupt trust data)";
        case "ROOT_CHANGED":
            return "the repository's root key is not the one trusted before";
        case "UNREACHABLE":
            return `could not reach ${host}`;
        case "ACCESS_DENIED":
            return `${host} refused access to this repository`;
        case "INVALID_REFERENCE":
            return "the image name could not be worked out";
        case "NO_SHA256":
            return `${tag} is signed with a sha512 hash only, which cannot be checked by digest`;
        case "SIGNERS_REMOVED":
            return "signed only by keys its signers no longer list";
        case "ROOT_NOT_PINNED":
            return `the repository's root key is neither pinned nor trusted before (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)("root-key-id")})`;
        case "COSIGN_NO_SIGNATURES":
            return "no cosign signature for this digest";
        case "COSIGN_WRONG_KEY":
            return "the cosign signatures are not by the expected key";
        case "COSIGN_PAYLOAD_TAMPERED":
        case "COSIGN_MANIFEST_INVALID":
        case "COSIGN_NOT_SIMPLE_SIGNING":
        case "COSIGN_NOT_COSIGN_PAYLOAD":
            return "the cosign signature failed verification (altered or not cosign's format)";
        case "COSIGN_OTHER_DIGEST":
            return "the cosign signature is for another digest";
        case "COSIGN_OTHER_REPOSITORY":
            return "the cosign signature is for another repository";
        case "ERROR":
            return "verification failed (see the step's log)";
    }
}
function summaryTable(results) {
    const rows = results.map((r) => {
        const where = r.file !== undefined ? ` (${r.file}${r.line !== undefined ? `:${r.line}` : ""})` : "";
        const verdict = { passed: `✅ passed${r.accepted ? ` (${r.accepted})` : ""}`, allowed: "⚪ not checked", failed: "❌ failed" }[verdictOf(r)];
        return [`\`${r.reference}\`${where}`, r.tag ?? "", r.digest ? `\`${shortDigest(r.digest)}\`` : "", r.signers.join(", "), verdict, plainReason(r)].map(cell);
    });
    const failed = results.filter((r) => !r.passed).length;
    const allowed = results.filter((r) => r.reason === "ALLOWED_UNSIGNED").length;
    const checked = results.length - allowed;
    const verdict = checked ? `${checked} image${checked === 1 ? "" : "s"} checked, ${failed ? `${failed} failed` : "all passed"}` : "No image checked";
    const head = `${verdict}${allowed ? `; ${allowed} not checked (allowed unsigned)` : ""}`;
    return [
        head,
        "",
        "| Image | Tag | Digest | Signers | Result | Reason |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        ...(failed ? ["The step's log has each failure in full.", ""] : []),
    ].join("\n");
}
/** The policy applied, as summary lines: signers, root keys, allowed unsigned, servers, pinning. */
function policySummary(results, policy, pinReport) {
    const servers = [...new Set(results.map((r) => r.notaryServer).filter((s) => Boolean(s)))];
    const pins = policy.rootKeyPins ?? [];
    const lines = [
        "Policy applied:",
        "",
        `- Required signers: ${policy.signers?.length ? policy.signers.map(cell).join(", ") : "none (any signer of a released tag)"}`,
        `- Root keys: ${pins.length ? pins.map((p) => `${cell(p.repository ?? "every repository")} = ${p.keyIds.map((k) => `\`${k.slice(0, 12)}…\``).join(", ")}`).join("; ") : "trusted on first use"}`,
        `- Allowed unsigned (not checked): ${policy.allowUnsigned?.length ? policy.allowUnsigned.map((p) => `\`${cell(p)}\``).join(", ") : "none"}`,
        `- Notary servers: ${servers.length ? servers.map(cell).join(", ") : "none contacted"}`,
    ];
    if (policy.pin) {
        const written = (pinReport ?? []).flatMap(({ file, outcome }) => outcome.pinned.map((p) => `${cell(file)}:${p.line} \`${cell(p.to)}\``));
        const left = (pinReport ?? []).flatMap(({ file, outcome }) => outcome.unpinned.map((u) => `${cell(file)}:${u.line} (${cell(u.reason)})`));
        const failedFroms = results.filter((r) => r.file !== undefined && !r.passed).map((r) => `${cell(r.file)}:${r.line} (${verdictOf(r) === "allowed" ? "not checked" : "failed"})`);
        lines.push(`- Pinned: ${written.length ? written.join(", ") : "nothing written"}`);
        lines.push(`- Not pinned: ${[...left, ...failedFroms].join(", ") || "none"}`);
    }
    return lines.join("\n") + "\n";
}
function annotations(results) {
    return results
        .filter((r) => !r.passed)
        .map((r) => ({
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
        ...(r.column !== undefined ? { column: r.column } : {}),
        title: `content trust: ${r.reason}`,
        message: r.message.includes(r.reference) ? r.message : `${r.reference}: ${r.message}`,
    }));
}
/** `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest.slice(0, "sha256:".length + 12);
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** Whether a reference as written names a tag (`name:tag`, `name:tag@sha256:…`). */
function referenceHasTag(reference) {
    const at = reference.indexOf("@");
    const name = at < 0 ? reference : reference.slice(0, at);
    return name.lastIndexOf(":") > name.lastIndexOf("/");
}
/** The name part of a reference as written: `alpine:3.19@sha256:…` → `alpine`. */
function writtenName(reference) {
    const at = reference.indexOf("@");
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(":");
    return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
function cell(text) {
    return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}


/***/ })

};
