export const id = 544;
export const ids = [544];
export const modules = {

/***/ 6544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DockerfileError: () => (/* reexport */ DockerfileError),
  parseDockerfile: () => (/* binding */ parseDockerfile),
  wholeArgName: () => (/* binding */ wholeArgName)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/dockerfile/lexer.ts
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
function lexDockerfile(source, file, options = {}) {
    const readHeredocs = options.heredocs ?? true;
    let ambiguousHeredoc = false;
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
            // One at a time: spreading a long continuation line's offsets overflows the call stack.
            for (let k = 0; k < part.length; k++)
                offsets.push(next.start + k);
        }
        const kw = /^\s*(\S+)\s*/.exec(text);
        if (!kw)
            continue;
        const keywordAt = text.length - text.trimStart().length;
        const { line, column } = where(offsets[keywordAt] ?? start);
        const keyword = kw[1].toLowerCase();
        const instruction = { keyword, text, offsets, argsAt: kw[0].length, line, column };
        instructions.push(instruction);
        const found = readHeredocs ? heredocs(instruction) : { docs: [], ambiguous: false };
        if (found.ambiguous)
            ambiguousHeredoc = true;
        for (const doc of found.docs) {
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
    return { escape, instructions, ambiguousHeredoc };
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
    const none = { docs: [], ambiguous: false };
    let keyword = ins.keyword;
    let args = ins.text.slice(ins.argsAt);
    if (keyword === "onbuild") {
        const sub = /^(\S+)\s*/.exec(args);
        if (!sub)
            return none;
        keyword = sub[1].toLowerCase();
        args = args.slice(sub[0].length);
    }
    if (!HEREDOC_COMMANDS.has(keyword) || !ins.text.includes("<<") || isJsonArray(args))
        return none;
    const out = { docs: [], ambiguous: unclosed(ins.text) };
    // Shell words with their quotes kept, split as BuildKit's heredocsFromLine splits them (always
    // with `\` as the escape): `<<EOF` inside a quoted string is text, not a heredoc.
    const words = quotedWords(ins.text, 0, "\\").map((w) => w.text);
    for (let i = 0; i < words.length; i++) {
        let word = words[i];
        // `<< EOF`: one heredoc word for BuildKit 0.22 and later, two plain words before.
        if (/^\d*<<-?$/.test(word) && i + 1 < words.length) {
            word += words[++i];
            out.ambiguous = true;
        }
        const m = HEREDOC_WORD.exec(word);
        if (!m || !m[3])
            continue;
        const name = m[3].replace(/["'\\]/g, "");
        if (name)
            out.docs.push({ name, chomp: m[2] === "-" });
    }
    return out;
}
/** A quote or `${` left open on the line: BuildKit's lexer fails there and reads no heredoc. */
function unclosed(text) {
    let quote = "";
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "\\" && quote !== "'")
            i++;
        else if (quote && ch === quote)
            quote = "";
        else if (!quote && (ch === "'" || ch === '"'))
            quote = ch;
    }
    if (quote)
        return true;
    const opened = text.split("${").length - 1;
    return opened > 0 && opened > text.split("}").length - 1;
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
;// CONCATENATED MODULE: ./src/dockerfile/shell-word.ts
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
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset or empty"}`, {
                    hint: `give ${n} in ${(0,wording/* setting */.Pe)("build-args")}`,
                });
            return v;
        }
        if (op === "-" || op === "+" || op === "?") {
            const arg = branch(until);
            if (op === "-")
                return v === undefined ? arg.take() : v;
            if (op === "+")
                return v === undefined ? "" : arg.take();
            if (v === undefined)
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset"}`, {
                    hint: `give ${n} in ${(0,wording/* setting */.Pe)("build-args")}`,
                });
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

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts
/**
 * The images a Dockerfile builds from (each stage's base, and what `COPY --from` and
 * `RUN --mount=…,from=` pull into a stage), read as `docker build` (BuildKit) reads them: `ARG`s declared
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
const BUILDER_ARGS = new Set([
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
    "TARGETSTAGE",
]);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
function parseDockerfile(text, options = {}) {
    const file = options.file ?? "Dockerfile";
    const buildArgs = options.buildArgs ?? {};
    const lexed = lexDockerfile(text, file);
    const froms = fromsOf(lexed, file, buildArgs);
    if (!lexed.ambiguousHeredoc)
        return froms;
    // Builders disagree on which lines are a heredoc's body: the FROMs of both readings are checked,
    // and a line one reading takes as an image and the other as a stage counts as the image. What
    // only the other reading finds is not pinned (it may be a heredoc's text, or a stage reference).
    // One line may hold several images (a RUN with two mounts): each is its own entry.
    const key = (f) => `${f.line} ${f.via ?? "FROM"} ${f.raw}`;
    const byLine = new Map(froms.map((f) => [key(f), f]));
    for (const f of fromsOf(lexDockerfile(text, file, { heredocs: false }), file, buildArgs)) {
        const first = byLine.get(key(f));
        if (first && !(first.skipped && !f.skipped))
            continue;
        const { pin: _notPinned, ...other } = f;
        byLine.set(key(f), other);
    }
    return [...byLine.values()].sort((a, b) => a.line - b.line);
}
function fromsOf({ escape, instructions }, file, buildArgs) {
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
        else if ((ins.keyword === "copy" || ins.keyword === "run") && out.length > 0) {
            // Expanded with the ARGs before the first FROM, as a FROM is: a stage sees one when it
            // declares it again (`ARG TOOLS`), and a build whose flag reads one it does not see fails.
            for (const value of imageFlags(ins, escape)) {
                const via = ins.keyword === "copy" ? "COPY --from" : "RUN --mount";
                const base = { file, line: ins.line, column: ins.column, raw: value, via };
                // A stage's index names that stage (BuildKit); anything else is read as FROM's image is.
                if (/^\d+$/.test(value))
                    out.push({ ...base, image: value, skipped: "stage" });
                else {
                    const what = `${via === "COPY --from" ? "COPY --from=" : "RUN --mount from="}${value}`;
                    const { used: _used, ...image } = imageOf(base, what, value, escape, vars, meta, stages);
                    out.push(image);
                }
            }
        }
    }
    return out;
}
/**
 * The images of a COPY's `--from` and a RUN's `--mount=…,from=` flags, as written: images the
 * build pulls into a stage besides its base (or earlier stages, told apart by the caller).
 */
function imageFlags(ins, escape) {
    const out = [];
    for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
        if (!word.text.startsWith("--") || word.text === "--")
            break;
        const flag = /^--([A-Za-z-]+)=(.*)$/s.exec(word.text);
        if (!flag)
            continue;
        const name = flag[1].toLowerCase();
        const value = unquote(flag[2]);
        if (ins.keyword === "copy" && name === "from")
            out.push(value);
        if (ins.keyword === "run" && name === "mount")
            for (const field of value.split(",")) {
                const eq = field.indexOf("=");
                if (eq > 0 && field.slice(0, eq).trim().toLowerCase() === "from")
                    out.push(unquote(field.slice(eq + 1).trim()));
            }
    }
    return out.filter((v) => v !== "");
}
function unquote(text) {
    return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}
function declareArgs(ins, escape, buildArgs, vars, meta, file) {
    for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
        const eq = word.text.indexOf("=");
        const name = eq < 0 ? word.text : word.text.slice(0, eq);
        if (!name)
            continue;
        const overridden = Object.hasOwn(buildArgs, name);
        // An ARG without a default and without a build arg: BuildKit 0.17 and later keep a value given
        // earlier (buildMetaArgs sets only the variables that have one), earlier versions empty it.
        // Which image a FROM using it names then depends on the builder: it is not checked as either.
        if (eq < 0 && !overridden) {
            const earlier = meta.get(name);
            if (!earlier)
                meta.set(name, { declared: true, overridden: false });
            else if (vars.has(name))
                meta.set(name, { ...earlier, redeclared: true, unknownBecause: name });
            continue;
        }
        let value;
        let unknownBecause;
        if (overridden)
            value = buildArgs[name];
        else {
            try {
                const expanded = expandWord(word.text.slice(eq + 1), vars, escape);
                value = expanded.value;
                unknownBecause = unknownInput(expanded, vars, meta);
            }
            catch (err) {
                throw new DockerfileError(file, ins.line, `ARG ${name}: ${(0,errors/* describeError */.Uc)(err)}`);
            }
        }
        vars.set(name, value);
        const start = word.start + eq + 1;
        const literal = eq >= 0 && isLiteralWord(word.text.slice(eq + 1), escape) && contiguous(ins.offsets, start, word.end);
        meta.set(name, {
            declared: true,
            overridden,
            ...(unknownBecause ? { unknownBecause } : {}),
            ...(literal && word.end > start
                ? { pin: { start: ins.offsets[start], end: ins.offsets[word.end - 1] + 1, arg: name } }
                : {}),
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
    const read = imageOf(base, `FROM ${word.text}`, word.text, escape, vars, meta, stages);
    if (!read.reference)
        return { ...read, ...named };
    const pin = pinSpanOf(ins, word, escape, read.used ?? [], meta);
    const { used: _used, ...from } = read;
    return { ...from, ...named, ...(pin ? { pin } : {}) };
}
/**
 * The image a word names (FROM's, or a COPY or RUN flag's) once ARGs are expanded, with the
 * variables it used: a reference, an earlier stage or scratch (`skipped`), or why it names none.
 * `what` is the instruction as messages show it (`FROM ${BASE}`).
 */
function imageOf(base, what, text, escape, vars, meta, stages) {
    const fail = (error) => ({ ...base, error: `${base.file}:${base.line}: ${error}` });
    let expanded;
    try {
        expanded = expandWord(text, vars, escape);
    }
    catch (err) {
        return fail(`${what}: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    const unknown = unknownInput(expanded, vars, meta);
    if (unknown)
        return fail(`${what}: ${unsetReason(unknown, meta.get(unknown))}`);
    const image = expanded.value;
    if (!image)
        return fail(`${what}: the image name is empty after expanding ARGs`);
    if (stages.has(image.toLowerCase()))
        return { ...base, image, skipped: "stage" };
    if (image === "scratch")
        return { ...base, image, skipped: "scratch" };
    let reference;
    try {
        reference = (0,registry_reference/* parseReference */.F2)(image);
    }
    catch (err) {
        return fail(`${what}${image !== text ? ` (${image})` : ""}: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    if (!reference.tag && !reference.digest)
        reference.tag = "latest";
    return { ...base, image, reference, used: expanded.used };
}
/**
 * The variable that makes an expanded word's value unknown, if any: one without a value (Docker
 * would put an empty string), a builder variable not given in build args (even under `${X:+…}`,
 * whose result depends on it), or an ARG whose own default is unknown.
 */
function unknownInput(expanded, vars, meta) {
    if (expanded.unset.length > 0)
        return expanded.unset[0];
    for (const name of expanded.used) {
        if (BUILDER_ARGS.has(name) && !vars.has(name))
            return name;
        const cause = meta.get(name)?.unknownBecause;
        if (cause)
            return cause;
    }
    return undefined;
}
function unsetReason(name, arg) {
    if (arg?.redeclared)
        return `ARG ${name} is declared again without a default, which builders read differently (the earlier value, or empty); give ${name} in ${(0,wording/* setting */.Pe)("build-args")}, or remove the second ARG ${name}`;
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
    const name = wholeArgName(word.text);
    const arg = name ? meta.get(name) : undefined;
    return arg && !arg.overridden ? arg.pin : undefined;
}
/** The ARG a word consists of (`$BASE`, `${BASE}`), when it is one variable and nothing else. */
function wholeArgName(word) {
    const only = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$/.exec(word);
    return only ? (only[1] ?? only[2]) : undefined;
}
function contiguous(offsets, start, end) {
    return end > start && offsets[end - 1] - offsets[start] === end - 1 - start;
}


/***/ })

};
