export const id = 852;
export const ids = [852];
export const modules = {

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readDockerfile),
/* harmony export */   pinnablePath: () => (/* binding */ pinnablePath),
/* harmony export */   readDockerfileBytes: () => (/* binding */ readDockerfileBytes),
/* harmony export */   v: () => (/* binding */ findDockerfiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5601);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/**
 * Dockerfiles in the workspace, named by paths or globs relative to it, and read within bounds.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. Symbolic links are followed, to files and to directories, as
 * long as they stay inside the workspace (a link out of it is not followed: a glob reads nothing
 * outside the checkout); a file reached under two names is listed once, under the first in name
 * order. A glob leaves out BuildKit's per-Dockerfile ignore files (`Dockerfile.dockerignore`).
 * A literal path must exist, and is read wherever it leads; pinning writes only inside the
 * workspace (pinnablePath). A glob must match something.
 */






const MAX_DOCKERFILE_BYTES = 1024 * 1024;
const MAX_WALK_ENTRIES = 50_000;
const SKIP_DIRS = new Set([".git", "node_modules"]);
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
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern)).catch(() => undefined);
            if (!info?.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("dockerfile")} ${pattern} was not found`, {
                    hint: `give a path relative to ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .phrase */ .MZ)("base-directory")}, or a glob such as **/Dockerfile`,
                });
            add(relativeName(cwd, pattern));
            continue;
        }
        const segments = pattern.split("/");
        const fixed = segments.findIndex((s) => /[*?]/.test(s));
        const base = segments.slice(0, fixed).join("/");
        const re = (0,_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globRegExp */ .u)(pattern);
        const matched = (await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, base || "."), base, cwd))
            .filter((f) => re.test(f.name) && !f.name.endsWith(".dockerignore"))
            .sort(byName);
        const seen = new Set();
        const found = matched.filter((f) => !seen.has(f.real) && seen.add(f.real)).map((f) => f.name);
        if (!found.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("dockerfile")} pattern ${pattern} matched no file`, {
                hint: `patterns are relative to ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .phrase */ .MZ)("base-directory")}; ** matches any depth`,
            });
        found.forEach((f) => add(relativeName(cwd, f)));
    }
    return out;
}
/**
 * Where pinning may write `file`: its real path, when that is inside the workspace `cwd` (a link
 * or a `../` path out of it is read and verified, never written), else undefined.
 */
async function pinnablePath(cwd, file) {
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cwd).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd));
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file)).catch(() => undefined);
    return real && real.startsWith(top + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? real : undefined;
}
/** A Dockerfile's bytes, refused when they cannot be read or are larger than 1 MiB. */
async function readDockerfileBytes(cwd, file) {
    const read = await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileAtMost */ .n)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), MAX_DOCKERFILE_BYTES).catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
    });
    if (read.tooLarge)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
    return read.bytes;
}
/** A Dockerfile's text, refused when it cannot be read or is larger than 1 MiB. */
async function readDockerfile(cwd, file) {
    return (await readDockerfileBytes(cwd, file)).toString("utf8");
}
/**
 * Files under `dir` (through symbolic links that stay inside `root`), named `prefix/…` with `/`
 * separators, with the real path of each.
 */
async function walk(dir, prefix, root) {
    const out = [];
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root));
    const inside = (real) => real === top || real.startsWith(top + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    let seen = 0;
    // `above`: the real paths of the directories being searched, from the top down to this one. A
    // link to one of them is a loop; any other directory is searched under each of its names.
    // `known`: the real path when no link led here (the parent's real path and the entry's name).
    const visit = async (abs, rel, above, known) => {
        const real = known ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => abs));
        if (above.includes(real) || !inside(real))
            return;
        const chain = [...above, real];
        const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true }).catch(() => [])).sort(byName);
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, {
                    hint: "narrow the pattern",
                });
            const name = rel ? `${rel}/${e.name}` : e.name;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, e.name);
            const kind = e.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full).catch(() => undefined) : e;
            if (kind?.isDirectory() && !SKIP_DIRS.has(e.name))
                await visit(full, name, chain, e.isSymbolicLink() ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, e.name));
            else if (kind?.isFile()) {
                const fileReal = e.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full).catch(() => undefined) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, e.name);
                if (fileReal && inside(fileReal))
                    out.push({ name, real: fileReal });
            }
        }
    };
    await visit(dir, prefix, []);
    return out;
}
/** In name order (code units), so that the walk and its results do not depend on the file system. */
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function relativeName(cwd, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/");
    return rel.startsWith("..") ? file : rel;
}


/***/ }),

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ globRegExp)
/* harmony export */ });
/**
 * Glob patterns, read one way for repository patterns (allow-unsigned, root-key-id) and for
 * finding files (dockerfile), as bash's globstar and .gitignore read them:
 * - `*` any run of characters inside one path segment, `?` one such character;
 * - `**` as a whole segment: any number of segments, none included (`a/**\/b` matches `a/b`);
 *   as the last segment: everything below (`registry.example/**`);
 * - `**` inside a segment: any run of characters, `/` included (`registry.example/team-**`);
 * - every other character literally.
 */
function globRegExp(pattern) {
    const segments = pattern.split("/");
    const body = segments.map((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === "**")
            return last ? ".*" : "(?:[^/]+/)*";
        return `${segmentRegExp(segment)}${last ? "" : "/"}`;
    });
    return new RegExp(`^${body.join("")}$`);
}
function segmentRegExp(segment) {
    let re = "";
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === "*" && segment[i + 1] === "*") {
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
    return re;
}


/***/ }),

/***/ 8325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ detailOf),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ce: () => (/* binding */ verifyOutputs),
/* harmony export */   hk: () => (/* binding */ annotations),
/* harmony export */   jZ: () => (/* binding */ policySummary),
/* harmony export */   jb: () => (/* binding */ summaryTable)
/* harmony export */ });
/* unused harmony exports SUMMARY_ROWS, FAILURE_ANNOTATIONS */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2187);
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
    // Presentation only: a message that starts with the reference is not printed with it twice. A
    // message worded otherwise is printed whole; no verdict is read from it.
    // eslint-disable-next-line no-restricted-syntax -- presentation, see above
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
            return `allowed unsigned by ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("allow-unsigned")}`;
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
            // Checked by its cosign signatures alone: what could not be reached is the image's registry.
            if (!r.notaryServer && r.cosign?.reason === "UNREACHABLE")
                return "could not reach the image's registry to read its cosign signatures";
            return `could not reach ${host}`;
        case "SERVICE_ENDED":
            return `${host}'s Notary service has ended: move this check to cosign signatures`;
        case "ACCESS_DENIED":
            return `${host} refused access to this repository`;
        case "INVALID_REFERENCE":
            return "the image name could not be worked out";
        case "NO_SHA256":
            return `${tag} is signed with a sha512 hash only, which cannot be checked by digest`;
        case "SIGNERS_REMOVED":
            return "signed only by keys its signers no longer list";
        case "ROOT_NOT_PINNED":
            return `the repository's root key is neither pinned nor trusted before (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("root-key-id")})`;
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
/**
 * Rows of the summary table at most. Failures come first, so that what is left out is what passed
 * or was not checked; the step's log has a line for every image.
 */
const SUMMARY_ROWS = 300;
const VERDICT_ORDER = { failed: 0, passed: 1, allowed: 2 };
function summaryTable(results) {
    // Array sort is stable: each verdict's images stay in the order they were checked.
    const ordered = [...results].sort((a, b) => VERDICT_ORDER[verdictOf(a)] - VERDICT_ORDER[verdictOf(b)]);
    const shown = ordered.slice(0, SUMMARY_ROWS);
    const rows = shown.map((r) => {
        const where = r.file !== undefined ? ` (${r.file}${r.line !== undefined ? `:${r.line}` : ""})` : "";
        const verdict = {
            passed: `✅ passed${r.accepted ? ` (${r.accepted})` : ""}`,
            allowed: "⚪ not checked",
            failed: "❌ failed",
        }[verdictOf(r)];
        const code = (text) => (text ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(text) : "");
        return [
            `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(r.reference)}${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(where)}`,
            (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r.tag ?? ""),
            code(r.digest ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(r.digest) : ""),
            ...[r.signers.join(", "), verdict, plainReason(r)].map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7),
        ];
    });
    const failed = results.filter((r) => !r.passed).length;
    const allowed = results.filter((r) => r.reason === "ALLOWED_UNSIGNED").length;
    const checked = results.length - allowed;
    const verdict = checked
        ? `${checked} image${checked === 1 ? "" : "s"} checked, ${failed ? `${failed} failed` : "all passed"}`
        : "No image checked";
    const head = `${verdict}${allowed ? `; ${allowed} not checked (allowed unsigned)` : ""}`;
    if (!results.length)
        return `${head}: the Dockerfiles build only from scratch or from their own stages\n`;
    return [
        head,
        "",
        "| Image | Tag | Digest | Signers | Result | Reason |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        ...(ordered.length > shown.length ? [leftOut(ordered.slice(shown.length)), ""] : []),
        ...(failed ? ["The step's log has each failure in full.", ""] : []),
    ].join("\n");
}
/** The line that stands for the rows a summary table leaves out. */
function leftOut(rest) {
    const count = (verdict) => rest.filter((r) => verdictOf(r) === verdict).length;
    const parts = [
        [count("failed"), "failed"],
        [count("passed"), "passed"],
        [count("allowed"), "not checked"],
    ];
    const what = parts
        .filter(([n]) => n > 0)
        .map(([n, label]) => `${n} ${label}`)
        .join(", ");
    return `${rest.length} more image${rest.length === 1 ? "" : "s"} not shown (${what}): the step's log has a line for each.`;
}
/** `accept` in a line: the default (Notary), then each repository's rule. */
function acceptLine(rules) {
    const fallback = rules.find((r) => r.repository === undefined)?.mode ?? "notary";
    const byRepository = rules
        .filter((r) => r.repository !== undefined)
        .map((r) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(r.repository)} ${r.mode}`);
    return [`${fallback} (default)`, ...byRepository].join(", ");
}
/** The policy applied, as summary lines: signers, root keys, allowed unsigned, signatures, servers, pinning. */
function policySummary(results, policy, pinReport) {
    const servers = [...new Set(results.map((r) => r.notaryServer).filter((s) => Boolean(s)))];
    const pins = policy.rootKeyPins ?? [];
    const lines = [
        "Policy applied:",
        "",
        `- Required signers: ${policy.signers?.length ? policy.signers.map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7).join(", ") : "none (any signer of a released tag)"}`,
        `- Root keys: ${pins.length ? pins.map((p) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(p.repository ?? "every repository")} = ${p.keyIds.map((k) => `\`${k.slice(0, 12)}…\``).join(", ")}`).join("; ") : servers.length ? "trusted on first use, or as stored from an earlier run" : "none used (no Notary server asked)"}`,
        `- Allowed unsigned (not checked): ${policy.allowUnsigned?.length ? policy.allowUnsigned.map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9).join(", ") : "none"}`,
        `- Signatures accepted: ${acceptLine(policy.accept ?? [])}${policy.cosignKeys?.length ? `; cosign ${policy.cosignKeys.length > 1 ? "keys" : "key"} ${policy.cosignKeys.map((k) => `\`${k}\``).join(", ")}` : ""}`,
        `- Notary servers: ${servers.length ? servers.map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7).join(", ") : "none contacted"}`,
    ];
    if (policy.pin) {
        const written = (pinReport ?? []).flatMap(({ file, outcome }) => outcome.pinned.map((p) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(file)}:${p.line} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(p.to)}`));
        const left = (pinReport ?? []).flatMap(({ file, outcome }) => outcome.unpinned.map((u) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(file)}:${u.line} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(u.reason)})`));
        // Allowed unsigned counts as passed, but nothing was checked to pin.
        const failedFroms = results
            .filter((r) => r.file !== undefined && (!r.passed || verdictOf(r) === "allowed"))
            .map((r) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r.file)}:${r.line} (${verdictOf(r) === "allowed" ? "not checked" : "failed"})`);
        lines.push(`- Pinned: ${written.length ? written.join(", ") : "nothing written (already pinned, or nothing to pin)"}`);
        lines.push(`- Not pinned: ${[...left, ...failedFroms].join(", ") || "none"}`);
    }
    return lines.join("\n") + "\n";
}
/**
 * Failures annotated one by one at most. GitHub shows ten error annotations of a step; the step's
 * own failure is one of them, and a last one says how many more failed.
 */
const FAILURE_ANNOTATIONS = 8;
function annotations(results) {
    const failed = results.filter((r) => !r.passed);
    const each = failed.length > FAILURE_ANNOTATIONS + 1 ? failed.slice(0, FAILURE_ANNOTATIONS) : failed;
    const rest = failed.length - each.length;
    return [
        ...each.map(failureAnnotation),
        ...(rest > 0
            ? [
                {
                    title: "content trust: more failures",
                    message: `${rest} more images failed verification: the job summary and the step's log list each of them`,
                },
            ]
            : []),
    ];
}
function failureAnnotation(r) {
    return {
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
        ...(r.column !== undefined ? { column: r.column } : {}),
        title: `content trust: ${r.reason}`,
        // Presentation only, as in detailOf: name the reference unless the message already does.
        // eslint-disable-next-line no-restricted-syntax -- presentation, see above
        message: r.message.includes(r.reference) ? r.message : `${r.reference}: ${r.message}`,
    };
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


/***/ }),

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ expiringRoles),
/* harmony export */   g0: () => (/* binding */ DEFAULT_RENEW_WINDOW_MS),
/* harmony export */   iD: () => (/* binding */ expiryWarning)
/* harmony export */ });
/* unused harmony export describeDistance */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/**
 * Which roles need renewing soon. The Go client warns when a role expires within six months
 * (client/helpers.go warnRolesNearExpiry) and re-signs root on publish in that case. Timestamp and
 * snapshot are left out: in a Docker repository the server holds their keys and re-signs them
 * itself (it regenerates an expired timestamp or snapshot when asked for the timestamp), and the
 * timestamp's 14-day lifetime would otherwise always be reported.
 */


/** About six months: the Go client's window is six calendar months (time.AddDate(0, 6, 0)). */
const DEFAULT_RENEW_WINDOW_MS = 182 * 24 * 3600 * 1000;
/** Root, targets and every loaded delegation that expires before `now + withinMs`, soonest first. */
function expiringRoles(set, now, withinMs = DEFAULT_RENEW_WINDOW_MS) {
    const roles = [{ role: "root", env: set.root }, ...[...set.targets].map(([role, env]) => ({ role, env }))];
    return roles
        .filter(({ env }) => env.expiresAt < now + withinMs)
        .map(({ role, env }) => ({
        role,
        expiresAt: env.expiresAt,
        version: env.signed.version,
        expired: env.expiresAt <= now,
    }))
        .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}
/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
function describeDistance(ms) {
    const abs = Math.abs(ms);
    const hours = abs / 3600_000;
    const days = hours / 24;
    const [n, unit] = days >= 60
        ? [Math.floor(days / 30), "month"]
        : days >= 2
            ? [Math.floor(days), "day"]
            : [Math.max(1, Math.floor(hours)), "hour"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
function expiryWarning(gun, e, now, advice) {
    const when = e.expired
        ? `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
        : `expires at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
    const hint = advice ??
        (e.role === "root"
            ? "renew root with its root key: notary key rotate " + gun + " root"
            : `renew it with: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("renew", gun)}${e.role === "targets" ? " (with the targets key)" : ""}`);
    return `${e.role} of ${gun} ${when}; ${hint}`;
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/workflows/connect.ts + 2 modules
var connect = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/workflows/trust-store.ts
var trust_store = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/net/http.ts + 1 modules
var http = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
// EXTERNAL MODULE: ./src/net/http-parts.ts
var http_parts = __webpack_require__(3848);
// EXTERNAL MODULE: ./src/net/early-connections.ts
var early_connections = __webpack_require__(8976);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/net/notary-server.ts
var notary_server = __webpack_require__(6272);
// EXTERNAL MODULE: ./src/notary/retirements.ts
var retirements = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 2 modules
var load_trust = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/workflows/trust-wave.ts
var trust_wave = __webpack_require__(8216);
// EXTERNAL MODULE: ./src/workflows/verify-check.ts
var verify_check = __webpack_require__(1324);
// EXTERNAL MODULE: ./src/workflows/verify-policy.ts
var verify_policy = __webpack_require__(5276);
// EXTERNAL MODULE: ./src/tuf/expiry.ts
var expiry = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/workflows/compose.ts
var compose = __webpack_require__(6578);
;// CONCATENATED MODULE: ./src/workflows/verify.ts
/**
 * Verify: is every image (from `images` or the FROM lines of Dockerfiles) signed as the policy
 * requires? Reads only public trust data, so it needs no secret. Repositories are loaded in
 * parallel (bounded), once each however many tags name them; a failure stays with its own images.
 * Trust on first use: a root is remembered (TrustStore) only after an image of it verified.
 */



















/** A Slot of `limit` places (at least one). */
function limitedTo(limit) {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= Math.max(1, limit))
            await new Promise((resolve) => waiting.push(resolve));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            // The place goes to the next one waiting, or is freed.
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        }
    };
}
const PASSING = new Set(["OK", "ALLOWED_UNSIGNED"]);
async function verifyImages(targets, policy, deps) {
    const results = new Array(targets.length);
    const groups = new Map();
    targets.forEach((target, index) => {
        const where = {
            ...(target.file !== undefined ? { file: target.file } : {}),
            ...(target.line !== undefined ? { line: target.line } : {}),
            ...(target.column !== undefined ? { column: target.column } : {}),
        };
        const done = (name, v) => {
            const result = resultOf(target.reference, name, v, where);
            results[index] = result;
            deps.onResult?.(result);
            // Judged without a load: it holds no place for what onResults returns to keep.
            void deps.onResults?.([{ index, result }]);
        };
        if (target.error)
            return done("", { reason: "INVALID_REFERENCE", message: target.error, signers: [] });
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(target.reference);
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
    // A Notary service that is ending is named once per run, however many of its images are checked.
    const noticed = new Set();
    const notice = (server) => {
        if (noticed.has(server))
            return;
        noticed.add(server);
        const line = (0,retirements/* retirementNotice */.A8)(server, deps.runtime.now(), "verify");
        if (line)
            deps.runtime.warn(line);
    };
    const repositories = [...groups.values()].map((items) => ({ items, anchor: {} }));
    const limit = Math.max(1, deps.concurrency ?? early_connections/* REPOSITORIES_AT_ONCE */.J8);
    // The repositories loaded first send their first waves together, ordered across them
    // (startTrustWaves): those of one registry, which share its credentials, once each has its
    // connection and stored trust. A registry whose credential helper is slow holds up no other.
    const together = new Map();
    for (const repository of repositories.slice(0, limit)) {
        const registry = repository.items[0].ref.registry;
        together.set(registry, [...(together.get(registry) ?? []), repository]);
    }
    for (const group of together.values()) {
        const started = Promise.allSettled(group.map((r) => (r.opened = verify_open(r, policy, deps, notice)))).then(() => {
            const ready = group.filter((r) => r.conn && !r.refused);
            (0,trust_wave/* startTrustWaves */.RT)(ready.map((r) => ({ client: r.conn.notary, opts: waveOptions(r, policy) }))).forEach((wave, i) => (ready[i].wave = wave));
        });
        for (const repository of group)
            repository.started = started;
    }
    const slot = deps.slot ?? limitedTo(limit);
    await Promise.all(repositories.map((repository) => slot(async () => {
        const done = await verifyRepository(repository, policy, deps, notice);
        for (const r of done) {
            results[r.index] = r.result;
            deps.onResult?.(r.result);
        }
        // The place is kept until what the caller does with them while it is held has ended.
        await deps.onResults?.(done);
    })));
    return results;
}
/** Reads the repository's stored trust and connects to its Notary server. */
async function verify_open(repository, policy, deps, notice) {
    const first = repository.items[0].ref;
    repository.anchor = await (0,compose/* loadAnchor */.GC)(deps.store, first.name, (0,verify_policy/* pinnedRootKeyIds */.It)(first.name, policy.rootKeyIds));
    repository.conn = deps.connect(first);
    notice(repository.conn.notaryServer);
    repository.refused = (0,load_trust/* refusedFirstUse */.u)(repository.conn.notary, repository.anchor, deps.runtime.now()) !== undefined;
    // Sent before this, the requests of each repository would wait for its credentials and go out
    // together when they are read, whatever order they were asked for in.
    await repository.conn.ready;
}
function waveOptions(repository, policy) {
    const hints = [
        "targets/releases",
        ...(policy.signers ?? []).map((s) => (s.startsWith("targets/") ? s : `targets/${s}`)),
    ];
    return { ...repository.anchor, hints };
}
async function verifyRepository(repository, policy, deps, notice) {
    const { items } = repository;
    const gun = items[0].ref.name;
    const finish = (item, v, extra = {}) => ({
        index: item.index,
        result: resultOf(item.target.reference, gun, { ...v, ...(item.ref.digest ? { pinnedDigest: item.ref.digest } : {}) }, {
            ...(item.target.file !== undefined ? { file: item.target.file } : {}),
            ...(item.target.line !== undefined ? { line: item.target.line } : {}),
            ...(item.target.column !== undefined ? { column: item.target.column } : {}),
            ...(repository.conn ? { notaryServer: repository.conn.notaryServer } : {}),
            warnings: extra.warnings ?? [],
        }),
    });
    // A root trusted on first use is warned of once the load has ended, and not when it was stopped
    // (cosign signatures gave the verdict first): that root decided nothing.
    let signal;
    const firstUse = [];
    const warnFirstUse = () => {
        if (!signal?.aborted)
            for (const m of firstUse.splice(0))
                deps.runtime.warn(m);
    };
    try {
        await repository.started;
        await (repository.opened ??= verify_open(repository, policy, deps, notice));
        const conn = repository.conn;
        signal = deps.onLoad?.(gun);
        const loaded = await (0,load_trust/* loadTrust */.V)(conn.notary, {
            ...(signal ? { signal } : {}),
            ...waveOptions(repository, policy),
            ...(repository.wave ? { wave: repository.wave } : {}),
            now: deps.runtime.now(),
            use: "verify",
            onWarning: (m) => deps.runtime.warn(`${gun}: ${m}`),
            onFirstUse: (0,first_use/* firstUseCheck */.I)({ gun, perRepository: true, ...deps.rootPin, warn: (m) => firstUse.push(m) }),
        }).finally(warnFirstUse);
        const { set, warnings } = loaded;
        // Roles that expire within about six months (the Go client's window), with when.
        const now = deps.runtime.now();
        for (const e of (0,expiry/* expiringRoles */.QG)(set, now)) {
            const m = (0,errors/* warningLine */.tE)((0,expiry/* expiryWarning */.iD)(gun, e, now));
            warnings.push(m);
            deps.runtime.warn(m);
        }
        const out = items.map((item) => finish(item, (0,verify_check/* checkImage */.c)(loaded, item.ref, policy.signers ?? []), { warnings }));
        if (deps.store && out.some((o) => o.result.passed) && !signal?.aborted) {
            await deps.store
                .save(gun, set.root.bytes, set.versions())
                .catch((err) => deps.runtime.warn((0,trust_store/* storeFailureWarning */.k)(gun, err)));
        }
        return out;
    }
    catch (err) {
        const { reason, message } = (0,verify_check/* classifyError */.f)(err, {
            stored: Boolean(repository.anchor.trustedRoot),
            pinned: Boolean(repository.anchor.pinnedRootKeyIds?.length),
        }, gun);
        return items.map((item) => finish(item, {
            reason,
            message: item.target.reference === gun ? message : `${item.target.reference}: ${message}`,
            signers: [],
            ...(item.ref.tag ? { tag: item.ref.tag } : {}),
        }));
    }
    finally {
        // A wave sent for a repository that failed before its load (nothing else stops it).
        repository.wave?.stop();
        repository.conn?.close();
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
        ...(v.reason === "OK" ? { accepted: "notary" } : {}),
        ...(v.onlyIn ? { onlyIn: v.onlyIn } : {}),
        ...where,
        warnings: where.warnings ?? [],
    };
}
/**
 * Runs `fn` on each item, at most `limit` at once. After one throws, no item is started and the
 * first error is thrown once those under way have ended: nothing is left running behind it.
 */
async function forEachLimited(items, limit, fn) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            try {
                await fn(items[next++]);
            }
            catch (err) {
                failed = true;
                throw err;
            }
        }
    };
    const ended = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    const failure = ended.find((e) => e.status === "rejected");
    if (failure)
        throw failure.reason;
}
/**
 * Connections per host for the first waves of `images`, sent together: the most that any Notary
 * server's host needs (firstWaveConnections: its repositories, each once, at most 32, in as few
 * rounds as 64 connections would take them), since the pool's limit is one for every host. Never
 * below a transport's usual 16: the pool opens connections only as requests need them. The entry
 * points' early connections, sized the same way for the first image's host, always fit in it.
 */
function poolForFirstWaves(images, servers) {
    const known = [];
    for (const image of images) {
        // An image or a server that cannot be read fails on its own, as its load does.
        try {
            const ref = (0,reference/* parseReference */.F2)(image);
            known.push({
                repository: ref.name,
                server: (0,notary_server/* notaryServerFor */.A)(ref, (0,verify_policy/* notaryServerOf */.m9)(ref, servers), servers.envNotaryServer),
            });
        }
        catch {
            continue;
        }
    }
    const perHost = (0,early_connections/* firstWaveConnections */.F6)(known, early_connections/* FIRST_WAVE */.Jv.read, http_parts/* MANY_REPOSITORIES_MAX_SOCKETS */.p1).values();
    return Math.max(http_parts/* DEFAULT_MAX_SOCKETS */.Uq, ...perHost);
}
/** Connections for verifyImages over one shared transport; call `close()` when done. */
function verifyConnections(options) {
    // Every repository's first wave goes out at once (about five files each): at most 64 connections
    // per server keep twenty repositories near the cost of one without opening a socket per request.
    const notaryHosts = new Set();
    const own = options.transport
        ? undefined
        : (0,http/* createTransport */.o)({
            ...(options.caPem ? { caPem: options.caPem } : {}),
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
            userAgent: options.userAgent ?? "content-trust-action",
            maxSockets: options.firstWaveImages === undefined
                ? http_parts/* MANY_REPOSITORIES_MAX_SOCKETS */.p1
                : poolForFirstWaves(options.firstWaveImages, options),
            proxy: options.proxy,
            hostCa: (0,connect/* notaryHostCa */.SX)(options.dockerConfigDir, notaryHosts),
        });
    const transport = options.transport ?? own;
    // One deadline for the whole run, however many repositories it reads.
    const deadlineAt = options.deadlineAt ?? Date.now() + (options.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.I);
    // Credentials are per registry, not per repository: read once for all the images of a registry.
    const credentialsCache = new Map();
    // A server that is down fails every repository's requests alike: the lines are shared.
    const lines = options.logRetry ? (0,retry/* retryLines */.OK)(options.logRetry) : undefined;
    return {
        connect(ref) {
            // Registries with no line in notary-servers (and no notary-server) get Docker's default server.
            const notaryServer = (0,verify_policy/* notaryServerOf */.m9)(ref, options);
            notaryHosts.add(new URL((0,notary_server/* notaryServerFor */.A)(ref, notaryServer, options.envNotaryServer)).host);
            const { notaryServers: _servers, notaryServer: _server, logRetry: _log, ...rest } = options;
            return (0,connect/* connect */.Ng)(ref, {
                ...rest,
                ...(notaryServer ? { notaryServer } : {}),
                transport,
                deadlineAt,
                credentialsCache,
                ...(lines ? { retryLines: lines } : {}),
            });
        },
        close: () => own?.close(),
    };
}

// EXTERNAL MODULE: ./src/workflows/verify-accept.ts
var verify_accept = __webpack_require__(5710);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/error-codes.ts
var error_codes = __webpack_require__(6986);
// EXTERNAL MODULE: ./src/cosign/payload.ts
var payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/digest.ts
var src_digest = __webpack_require__(2187);
;// CONCATENATED MODULE: ./src/workflows/verify-cosign.ts
/**
 * Verify with cosign signatures accepted (verify-accept.ts): Notary where the repository's mode
 * asks for it (verify.ts, unchanged), cosign where it asks for that, and the two combined. A cosign
 * signature is checked on the digest the reference pins, else the digest Notary released for the
 * tag (modes any/all), else the digest the registry serves for the tag (what a pull gets).
 * Fails closed: every failure has its own reason code.
 *
 * Each repository is settled as soon as what it needs is in: `cosign` at once, `all` once Notary's
 * verdict is in, `any` on Notary's verdict, or on its cosign signatures when Notary is slow to give
 * one (ANY_COSIGN_AFTER_MS).
 */











const REASONS = {
    NO_SIGNATURES: "COSIGN_NO_SIGNATURES",
    WRONG_KEY: "COSIGN_WRONG_KEY",
    PAYLOAD_TAMPERED: "COSIGN_PAYLOAD_TAMPERED",
    OTHER_DIGEST: "COSIGN_OTHER_DIGEST",
    OTHER_REPOSITORY: "COSIGN_OTHER_REPOSITORY",
    NOT_SIMPLE_SIGNING: "COSIGN_NOT_SIMPLE_SIGNING",
    NOT_COSIGN_PAYLOAD: "COSIGN_NOT_COSIGN_PAYLOAD",
};
/**
 * How long an `any` check waits for a repository's Notary verdict, once its load has started,
 * before it reads the cosign signatures as well: far longer than a Notary server that answers
 * takes (a second or two), far shorter than one that does not answer costs (its timeouts and
 * retries, tens of seconds). When the cosign signatures of all its images verify first, the Notary
 * load of that repository is stopped.
 */
const ANY_COSIGN_AFTER_MS = 5_000;
function cosignRepository(name, mode) {
    let arrived = () => { };
    const notaryIn = new Promise((resolve) => (arrived = resolve));
    let started = () => { };
    const loading = new Promise((resolve) => (started = resolve));
    return { name, mode, items: [], notary: new Map(), notaryIn, arrived, loading, started, stop: new AbortController() };
}
async function verifyAccepting(targets, policy, deps) {
    const modes = targets.map((t) => modeOf(t, policy));
    if (modes.some((m) => m !== "notary") &&
        (!policy.cosignKeys || (Array.isArray(policy.cosignKeys) && !policy.cosignKeys.length))) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("accept")} names cosign, any or all, but no cosign key is given`, {
            hint: `give ${(0,wording/* setting */.Pe)("cosign-key")}: ${(0,wording/* step */.PM)("key-inspect")}, or an AWS KMS key ARN`,
        });
    }
    if (modes.every((m) => m === "notary"))
        return verifyImages(targets, policy, deps);
    // Set when the run fails: what is still under way stops, and nothing more is reported. Each
    // Notary load under way listens to it (as many as the concurrency): no leak for Node to warn of.
    const failed = new AbortController();
    (0,external_node_events_.setMaxListeners)(0, failed.signal);
    const results = new Array(targets.length);
    // Progress reports final results: with a cosign check to come, Notary's verdict alone is not one.
    const final = (index, result) => {
        if (failed.signal.aborted)
            return;
        results[index] = result;
        deps.onResult?.(result);
    };
    const repositories = new Map();
    const repositoryOf = new Map();
    targets.forEach((target, index) => {
        const mode = modes[index];
        if (mode === "notary")
            return;
        const ref = (0,reference/* parseReference */.F2)(target.reference);
        if (!ref.tag && !ref.digest)
            ref.tag = "latest";
        const repository = repositories.get(ref.name) ?? cosignRepository(ref.name, mode);
        repositories.set(ref.name, repository);
        repository.items.push({ index, ref });
        repositoryOf.set(index, repository);
    });
    // One bound for the run, as when Notary and cosign were read one after the other: a repository
    // takes a place while its Notary load runs, and again while its cosign signatures are read after
    // it. An `any` check that reads them during the load uses the load's place.
    const slot = limitedTo(deps.concurrency ?? early_connections/* REPOSITORIES_AT_ONCE */.J8);
    const notaryIndexes = targets.map((_, i) => i).filter((i) => modes[i] !== "cosign");
    const { onResult: _progress, ...withoutProgress } = deps;
    const notaryRun = verifyImages(notaryIndexes.map((i) => targets[i]), policy, {
        ...withoutProgress,
        slot,
        // All the images of one repository come in one call. A cosign read made during the load
        // keeps the load's place until it ends, so that the next load does not start beside it.
        onResults: (done) => {
            let reading;
            for (const { index: k, result } of done) {
                const index = notaryIndexes[k];
                const repository = repositoryOf.get(index);
                if (!repository)
                    final(index, result);
                else {
                    repository.notary.set(index, result);
                    if (repository.notary.size === repository.items.length)
                        repository.arrived();
                    reading = repository.earlyRead;
                }
            }
            return reading?.then(() => undefined, () => undefined);
        },
        onLoad: (name) => {
            const repository = repositories.get(name);
            if (!repository)
                return failed.signal;
            repository.started();
            return AbortSignal.any([repository.stop.signal, failed.signal]);
        },
    });
    // The keys are read once an image needs them (a KMS key needs credentials that a fork's pull
    // request lacks); policy.cosignKeys keeps what it read, and reads again after a failure.
    const keys = () => keysOf(policy.cosignKeys);
    const cutShort = new Set();
    /** cosign: its signatures at once; all: its signatures on Notary's digests, once its verdict is in. */
    const settle = async (repository) => {
        const { mode, items } = repository;
        if (mode === "all")
            await repository.notaryIn;
        const notary = mode === "all" ? repository.notary : undefined;
        const { cosign } = await slot(() => checkItems(items, notary, keys, deps, failed.signal));
        items.forEach((item, k) => final(item.index, combine(targets[item.index], item.ref, mode, notary?.get(item.index), cosign[k])));
    };
    /**
     * any: when the repository's load has run ANY_COSIGN_AFTER_MS without a verdict, its cosign
     * signatures are read as well (in the load's place); when they verify for all its images first,
     * the load is stopped and they are the verdict. Otherwise Notary's verdict is awaited, and those
     * signatures are what it is combined with (settle).
     */
    const hedge = async (repository) => {
        const { items } = repository;
        // A repository that failed before its load started (its credentials, say) has its verdict.
        const verdictBeforeLoad = await Promise.race([
            repository.notaryIn.then(() => true),
            repository.loading.then(() => false),
        ]);
        if (verdictBeforeLoad)
            return undefined;
        const waited = new AbortController();
        const notaryFirst = await Promise.race([
            repository.notaryIn.then(() => true),
            // Given up (rejected) once Notary's verdict is in or the run has failed.
            deps.runtime.sleep(ANY_COSIGN_AFTER_MS, AbortSignal.any([waited.signal, failed.signal])).then(() => false, () => false),
        ]);
        waited.abort();
        if (notaryFirst || failed.signal.aborted)
            return undefined;
        // Keys that cannot be read now (no credentials) leave the verdict to Notary; they are read
        // again, and fail the run, only if an image then needs them.
        const reading = checkItems(items, undefined, keys, deps, failed.signal);
        repository.earlyRead = reading;
        const early = await reading.catch(() => undefined);
        if (!early || !early.cosign.every((c) => c.passed) || repository.notary.size === items.length)
            return early;
        repository.stop.abort(new Error("the cosign signatures passed first"));
        if (!cutShort.has(early.server) && !failed.signal.aborted) {
            cutShort.add(early.server);
            deps.runtime.warn(`${early.server} gave no Notary verdict for ${repository.name} within ${ANY_COSIGN_AFTER_MS / 1000} s of asking: with ${(0,wording/* setting */.Pe)("accept")} any, images whose cosign signatures verified passed without waiting for it`);
        }
        items.forEach((item, k) => final(item.index, combine(targets[item.index], item.ref, "any", undefined, early.cosign[k])));
        return early;
    };
    /** any: an image Notary passes passes; each other one is judged by its cosign signatures. */
    const settleAny = async (repository) => {
        const early = await hedge(repository);
        if (repository.stop.signal.aborted || failed.signal.aborted)
            return;
        await repository.notaryIn;
        const { items, notary } = repository;
        // Read during the load for every image, else now for those Notary does not pass.
        const unpassed = early ? items : items.filter((item) => !notary.get(item.index).passed);
        const { cosign } = early ??
            (unpassed.length ? await slot(() => checkItems(unpassed, undefined, keys, deps, failed.signal)) : { cosign: [] });
        for (const item of items) {
            const fromNotary = notary.get(item.index);
            // A Notary pass says accepted notary already (resultOf); one allowed unsigned says nothing.
            if (fromNotary.passed)
                final(item.index, fromNotary);
            else
                final(item.index, combine(targets[item.index], item.ref, "any", fromNotary, cosign[unpassed.indexOf(item)]));
        }
    };
    // Should the Notary run itself fail, the repositories waiting for its verdicts go on to fail too.
    notaryRun.catch(() => repositories.forEach((r) => r.arrived()));
    const work = [notaryRun, ...[...repositories.values()].map((r) => (r.mode === "any" ? settleAny(r) : settle(r)))];
    try {
        await Promise.all(work);
    }
    catch (err) {
        failed.abort(err);
        await Promise.allSettled(work);
        throw err;
    }
    return results;
}
/**
 * The cosign checks of one repository's images, at most IMAGES_PER_REPOSITORY at once over one
 * connection: each on the digest the reference pins, else the one Notary released (given its
 * results, `all`), else the one the registry serves for the tag. None starts once `stopped`.
 */
async function checkItems(items, notary, keys, deps, stopped) {
    stopped.throwIfAborted();
    const read = await keys();
    stopped.throwIfAborted();
    const conn = deps.connect(items[0].ref);
    try {
        const out = new Array(items.length);
        await forEachLimited(items.map((item, k) => ({ item, k })), IMAGES_PER_REPOSITORY, async ({ item, k }) => {
            stopped.throwIfAborted();
            const fromNotary = notary?.get(item.index);
            out[k] = await checkCosign(conn, item.ref, item.ref.digest ?? (fromNotary?.passed ? fromNotary.digest : undefined), read);
        });
        return { cosign: out, server: conn.notaryServer };
    }
    finally {
        conn.close();
    }
}
function keysOf(keys) {
    return typeof keys === "function" ? keys() : Promise.resolve(keys);
}
/** Images of one repository whose cosign signatures are read at once (each reads up to 8 payloads at once). */
const IMAGES_PER_REPOSITORY = 4;
function modeOf(target, policy) {
    if (target.error)
        return "notary";
    try {
        const name = (0,reference/* parseReference */.F2)(target.reference).name;
        return (0,verify_policy/* allowedUnsignedBy */.T1)(name, policy.allowUnsigned) ? "notary" : (0,verify_accept/* acceptModeFor */.X5)(name, policy.accept);
    }
    catch {
        return "notary";
    }
}
async function checkCosign(conn, ref, knownDigest, keys) {
    const subject = `${ref.name}${ref.tag ? `:${ref.tag}` : ""}`;
    try {
        if (!conn.registry)
            throw new TypeError("no registry client for cosign signatures");
        const digest = knownDigest ?? (await conn.registry.resolve(ref)).digest;
        // The manifest and its payloads are read once; each key is judged against the same bytes.
        // Loaded only by a run that reads cosign signatures (start-up time).
        const { readSignaturesForKeys } = await __webpack_require__.e(/* import() */ 899).then(__webpack_require__.bind(__webpack_require__, 4899));
        const states = await readSignaturesForKeys(conn.registry, ref, digest, keys.map((k) => k.key), { stopAtFirstPass: true });
        const passing = states.findIndex((s) => s.verdict.ok);
        if (passing >= 0) {
            const key = keys[passing];
            return {
                passed: true,
                reason: "OK",
                signatures: states[passing].verdict.layers,
                key: key.fingerprint,
                digest,
                message: `${subject}@${(0,src_digest/* shortDigest */.VK)(digest)}: cosign signature by key ${key.fingerprint} verified`,
            };
        }
        const state = states[0];
        const reason = REASONS[state.verdict.reason ?? "NO_SIGNATURES"];
        return {
            passed: false,
            reason,
            signatures: state.verdict.layers,
            digest,
            message: describe(reason, ref.name, subject, digest, state, keys),
        };
    }
    catch (err) {
        const { reason, message } = classifyCosignError(err, ref);
        return {
            passed: false,
            reason,
            signatures: 0,
            message: `${subject}: cosign signature could not be read: ${message}`,
        };
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
    if (code && error_codes/* ACCESS_CODES */.A4.has(code))
        return {
            reason: "ACCESS_DENIED",
            message: hinted(err, message, `check the registry credentials: pulling from ${ref.name} needs read access`),
        };
    if (err instanceof errors/* ServerError */.gP && (error_codes/* UNREACHABLE_CODES */.E5.has(err.code) || (err.status ?? 0) >= 500)) {
        return {
            reason: "UNREACHABLE",
            message: hinted(err, message, `check that registry ${ref.registry} is up and reachable`),
        };
    }
    if (err instanceof errors/* ServerError */.gP && err.code === "RESPONSE_TOO_LARGE")
        return {
            reason: "ERROR",
            message: `${message}; the registry sent more than a cosign signature manifest or payload may hold`,
        };
    return { reason: "ERROR", message };
}
const COSIGN_CODES = new Set([...Object.values(REASONS), "COSIGN_MANIFEST_INVALID"]);
const hinted = (err, message, hint) => err.hint ? message : `${message}; ${hint}`;
/** `repository` is what migrate takes (a repository, not an image); `subject` is the image verified. */
function describe(reason, repository, subject, digest, state, keys) {
    const at = `${subject}@${(0,src_digest/* shortDigest */.VK)(digest)}`;
    const claim = (r) => state.verdicts.find((v) => v.reason === r)?.claims;
    const keyList = keys.map((k) => k.fingerprint).join(", ");
    switch (reason) {
        case "COSIGN_NO_SIGNATURES":
            return `${at}: no cosign signature (no ${(0,payload/* signatureTag */.bG)(digest)} in the repository); sign it with ${(0,wording/* setting */.Pe)("oci-signature")} cosign (cosign-only once its Notary server is gone), or backfill with ${(0,wording/* step */.PM)("migrate", repository)} while that server still answers`;
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
/** A result as Notary gave it, without what it passed with. */
function withoutAccepted({ accepted: _accepted, ...rest }) {
    return rest;
}
function combine(target, ref, mode, notary, cosign) {
    const { digest, ...cosignPart } = cosign;
    // What the result passed with is said below for each way it can pass: Notary's pass alone is
    // not one of them here.
    const base = notary
        ? withoutAccepted(notary)
        : {
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
            return {
                ...withCosign,
                passed: true,
                reason: "OK",
                message: cosign.message,
                ...(digest ? { digest } : {}),
                accepted: "cosign",
            };
        // any: both failed; the cosign reason is the one to act on when Notary has nothing at all,
        // nor ever will (its service has ended: the check has moved to cosign already).
        if (mode === "any" && notary && notary.reason !== "NO_TRUST_DATA" && notary.reason !== "SERVICE_ENDED")
            return { ...withCosign, message: `${notary.message}; and ${cosign.message}` };
        return {
            ...withCosign,
            passed: false,
            reason: cosign.reason,
            message: notary ? `${cosign.message} (Notary: ${notary.reason})` : cosign.message,
            ...(digest ? { digest } : {}),
        };
    }
    // all
    if (!notary?.passed)
        return withCosign;
    if (!cosign.passed)
        return { ...withCosign, passed: false, reason: cosign.reason, message: cosign.message };
    return { ...withCosign, accepted: "notary+cosign", message: `${notary.message}; ${cosign.message}` };
}

// EXTERNAL MODULE: ./src/dockerfile/discovery.ts
var discovery = __webpack_require__(2516);
// EXTERNAL MODULE: ./src/settings/lists.ts
var lists = __webpack_require__(7488);
;// CONCATENATED MODULE: ./src/workflows/collect-targets.ts
/**
 * The images to verify, from the `images` input and the FROM lines of the `dockerfile` input
 * (paths or globs relative to the workspace). A FROM whose image cannot be worked out becomes a
 * failing target on its line; `scratch` and stage references are not images and are left out.
 */



/** The Dockerfile parser, loaded only by a run that reads Dockerfiles (start-up time). */
const dockerfileParser = () => __webpack_require__.e(/* import() */ 544).then(__webpack_require__.bind(__webpack_require__, 6544));
async function collectTargets(sources) {
    const targets = (0,lists/* inputLines */.K)(sources.images).map((reference) => ({ reference }));
    const dockerfiles = [];
    for (const file of await (0,discovery/* findDockerfiles */.v)((0,lists/* inputLines */.K)(sources.dockerfiles), sources.cwd)) {
        const text = await (0,discovery/* readDockerfile */.n)(sources.cwd, file);
        const { DockerfileError, parseDockerfile } = await dockerfileParser();
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
        dockerfiles.push({ file, text, froms });
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

// EXTERNAL MODULE: ./src/workflows/runtime.ts
var workflows_runtime = __webpack_require__(9706);
;// CONCATENATED MODULE: ./src/workflows/run-verify.ts
/**
 * The verify job as both entry points run it: collect images (list and Dockerfiles), verify them
 * all in parallel against the policy, optionally pin the verified digests into the Dockerfiles.
 */











async function runVerify(config, hooks = {}) {
    // Settings that cannot work together, refused before anything is read (the CLI checks them
    // too, to answer with exit code 2).
    (0,verify_accept/* requireCosignKey */.Ig)(config.accept ?? [], config.cosignKey !== undefined);
    (0,verify_accept/* refuseSignersWithCosign */.Nf)(config.accept ?? [], config.signers ?? []);
    const { targets, dockerfiles } = await collectTargets({
        ...(config.images ? { images: config.images } : {}),
        ...(config.dockerfiles ? { dockerfiles: config.dockerfiles } : {}),
        ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
        cwd: config.cwd,
    });
    const runtime = hooks.runtime ?? (0,workflows_runtime/* createRuntime */.x)();
    if (targets.length === 0 && dockerfiles.length === 0)
        throw new errors/* UsageError */.eb(`nothing to verify: no image in ${(0,wording/* setting */.Pe)("images")} or the FROM lines of ${(0,wording/* setting */.Pe)("dockerfile")}`, { hint: `give ${(0,wording/* setting */.Pe)("images")} (e.g. docker.io/library/alpine:3.20) or ${(0,wording/* setting */.Pe)("dockerfile")}` });
    if (targets.length === 0) {
        // Every FROM is scratch or an earlier stage: the build pulls no image, so none needs a signature.
        // A warning, not a progress line: it is all the run has to say, and a terminal keeps it.
        runtime.warn(`no base image to verify: every FROM in ${dockerfiles.map((d) => d.file).join(", ")} is scratch or an earlier stage`);
        return { results: [], passed: true, pinned: [] };
    }
    const deadlineAt = runtime.now() + (config.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.I);
    // Dockerfile pinning and cosign keys are loaded only by the runs that use them (start-up time),
    // the keys only once an image needs a cosign signature checked: a KMS key needs AWS credentials,
    // which a pull request from a fork does not get.
    // A read that failed is not kept: one made while a Notary server was slow (accept any) fails
    // nothing if Notary then passes the images, and is made again if an image still needs the keys.
    let loaded;
    const cosignKey = config.cosignKey;
    const loadKeys = cosignKey
        ? () => {
            if (loaded)
                return loaded;
            const read = Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 3540)).then(({ loadCosignKeys }) => loadCosignKeys(cosignKey, config.cosignKeyName ?? "cosign-key", {
                ...(0,connect/* kmsCallOptions */.GC)(config, deadlineAt, runtime.now),
                ...hooks.kms,
            }));
            loaded = read;
            read.catch(() => {
                if (loaded === read)
                    loaded = undefined;
            });
            return read;
        }
        : undefined;
    // A PEM costs nothing to read and is checked at once: a bad one is a mistake to say up front.
    if (loadKeys && !/^arn:/i.test(cosignKey.trim()))
        await loadKeys();
    const connections = verifyConnections({
        ...config,
        deadlineAt,
        logRetry: runtime.log,
        now: runtime.now,
        // Cosign signatures are read many blobs at a time: such runs keep the full pool.
        ...((config.accept ?? []).every((rule) => rule.mode === "notary")
            ? { firstWaveImages: targets.map((t) => t.reference) }
            : {}),
    });
    try {
        const results = await verifyAccepting(targets, {
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.rootKeyPins?.length ? { rootKeyIds: config.rootKeyPins } : {}),
            ...(config.allowUnsigned?.length ? { allowUnsigned: config.allowUnsigned } : {}),
            ...(config.accept?.length ? { accept: config.accept } : {}),
            ...(loadKeys ? { cosignKeys: loadKeys } : {}),
        }, {
            connect: (ref) => connections.connect(ref),
            ...(config.trustDir ? { store: new trust_store/* TrustStore */.O(config.trustDir) } : {}),
            runtime,
            rootPin: {
                requireRootPin: config.requireRootPin ?? false,
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
            },
            ...(hooks.onResult ? { onResult: hooks.onResult } : {}),
        });
        const pinned = config.pin ? await pinDockerfiles(dockerfiles, results, config, runtime) : [];
        const keysRead = await loaded?.catch(() => undefined);
        return {
            results,
            passed: results.every((r) => r.passed),
            pinned,
            // The keys' fingerprints when they were read.
            ...(keysRead ? { cosignKeys: keysRead.map((k) => k.fingerprint) } : {}),
        };
    }
    finally {
        connections.close();
    }
}
/**
 * Writes the verified digests into the Dockerfiles, each from the text that was verified: a file
 * changed since (another step, a race), not valid UTF-8 (its other bytes would not survive), out
 * of the workspace, or that cannot be written is left as it is, with a warning; the verdicts stand
 * either way. Each file is replaced whole (a new file renamed over it, with its mode), never left
 * half written.
 */
async function pinDockerfiles(dockerfiles, results, config, runtime) {
    const { pinDockerfile } = await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 2557));
    const { pinnablePath, readDockerfileBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2516));
    const pinned = [];
    for (const { file, text } of dockerfiles) {
        const outcome = pinDockerfile(text, results, {
            file,
            ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
        });
        if (outcome.text === text) {
            pinned.push({ file, outcome });
            continue;
        }
        const notPinned = (why) => runtime.warn(`${file} is not pinned: ${why}`);
        const target = await pinnablePath(config.cwd, file);
        if (!target) {
            notPinned(`it is outside ${(0,wording/* phrase */.MZ)("base-directory")} (through a link or ../)`);
            continue;
        }
        try {
            const bytes = await readDockerfileBytes(config.cwd, file);
            if (!bytes.equals(Buffer.from(text, "utf8"))) {
                notPinned(bytes.toString("utf8") === text
                    ? "it is not valid UTF-8, and its other bytes would not be kept"
                    : "it changed after it was verified");
                continue;
            }
            const { mode } = await (0,promises_.stat)(target);
            const temporary = `${target}.content-trust-${process.pid}`;
            await (0,promises_.writeFile)(temporary, outcome.text, { mode, flag: "wx" });
            // The mode as it was: the one given at creation is narrowed by the umask.
            await (0,promises_.chmod)(temporary, mode)
                .then(() => (0,promises_.rename)(temporary, target))
                .catch(async (err) => {
                await (0,promises_.rm)(temporary, { force: true });
                throw err;
            });
        }
        catch (err) {
            notPinned(`it could not be written (${err.code ?? (0,errors/* describeError */.Uc)(err)})`);
            continue;
        }
        pinned.push({ file, outcome });
    }
    return pinned;
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ requireCosignKey),
/* harmony export */   Nf: () => (/* binding */ refuseSignersWithCosign),
/* harmony export */   X5: () => (/* binding */ acceptModeFor),
/* harmony export */   cN: () => (/* binding */ parseAccept)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5276);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/**
 * Which signatures a verify run accepts, per repository: `notary` (Docker Content Trust, the
 * default), `cosign` (a cosign signature by a `cosign-key` in the image's repository), `any`
 * (either), `all` (both). Input form: one mode for every repository, or lines `pattern=mode`
 * (patterns as in verify-policy.ts; the exact name first, then the first matching pattern, then a
 * line without pattern).
 */




const ACCEPT_MODES = ["notary", "cosign", "any", "all"];
function parseAccept(input, name) {
    return (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueLines */ .E5)(input, "last").map(({ line, key: repository, value }) => {
        const mode = value.trim().toLowerCase();
        if (!ACCEPT_MODES.includes(mode)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} ${JSON.stringify(line.slice(0, 120))}: ${JSON.stringify(mode.slice(0, 40))} is not one of ${ACCEPT_MODES.join(", ")}`, {
                hint: "write a mode (cosign) or lines of repository-pattern=mode (registry.example/app/*=any)",
            });
        }
        if (repository !== undefined)
            (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .normalisePattern */ .FG)(repository, name);
        return { ...(repository !== undefined ? { repository } : {}), mode: mode };
    });
}
/**
 * Refuses rules that take cosign signatures (cosign, any, all) without a key to check them with:
 * a mistake in the step's settings whether or not an image meets the rule.
 */
function requireCosignKey(rules, keyGiven) {
    if (keyGiven || rules.every((r) => r.mode === "notary"))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("accept")} names cosign, any or all, but ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("cosign-key")} is not given`, {
        hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("cosign-key")}: the signer's public key PEM (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("key-inspect")}), or an AWS KMS key ARN`,
    });
}
/**
 * Refuses `signers` with rules that can pass on a cosign signature alone (cosign, any): a cosign
 * signature names no signer, so the requirement would be dropped without a word. With `all` the
 * Notary signature, and its signers, are still required.
 */
function refuseSignersWithCosign(rules, signers) {
    if (signers.length === 0 || rules.every((r) => r.mode === "notary" || r.mode === "all"))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("signers")} cannot be required of cosign signatures, which name no signer, but ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("accept")} lets cosign or any pass on one`, {
        hint: `check signers with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("accept")} notary or all, or drop ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("signers")} and give each signer's key in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("cosign-key")}`,
    });
}
/** The mode for a repository: the first line that applies (verify-policy.ts rulesFor), else notary. */
function acceptModeFor(name, rules) {
    return (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesFor */ .NP)(name, rules, "accept")[0]?.mode ?? "notary";
}


/***/ }),

/***/ 5276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ parseRootKeyPins),
/* harmony export */   Ai: () => (/* binding */ parseAllowUnsigned),
/* harmony export */   FG: () => (/* binding */ normalisePattern),
/* harmony export */   It: () => (/* binding */ pinnedRootKeyIds),
/* harmony export */   NP: () => (/* binding */ rulesFor),
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   T1: () => (/* binding */ allowedUnsignedBy),
/* harmony export */   bI: () => (/* binding */ parseNotaryServers),
/* harmony export */   m9: () => (/* binding */ notaryServerOf)
/* harmony export */ });
/* unused harmony export matchesRepository */
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5601);
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6272);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7488);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(535);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/* harmony import */ var _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4285);
/**
 * The verify policy and the inputs that build it, shared by the action and the CLI.
 *
 * Repository patterns (`allow-unsigned`, the repository side of `root-key-id`) name repositories
 * the way image names do, normalised first: `alpine` is `docker.io/library/alpine`, `myorg/*` is
 * `docker.io/myorg/*`, a first component with `.` or `:` (or `localhost`) is a registry. Then `*`
 * matches within one path component, `**` across components, `?` one character. A pattern names
 * repositories, never tags: every tag of a matching repository matches.
 */








/** `build-args`: lines of `NAME=value` (the value may be empty). */
function parseBuildArgs(input) {
    const out = {};
    for (const { line, key: name, value } of (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueLines */ .E5)(input, "first")) {
        if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("build-args")}: ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(line, 80)} is not NAME=value`, {
                hint: "write each as NAME=value",
            });
        }
        out[name] = value;
    }
    return out;
}
/** `allow-unsigned`: repository patterns, one a line, each checked now rather than when an image meets it. */
function parseAllowUnsigned(input) {
    const patterns = (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .inputLines */ .K)(input);
    for (const pattern of patterns)
        normalisePattern(pattern, (0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("allow-unsigned"));
    return patterns;
}
/** `root-key-id`: one key ID for every repository, or lines of `repository=keyid[,keyid…]`. */
function parseRootKeyPins(input) {
    const pins = [];
    for (const { key: repository, value } of (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueLines */ .E5)(input, "last")) {
        // Every comma-separated entry must be a key ID: an empty one is refused, not dropped.
        const keyIds = value.split(",").map(_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyId */ .mz);
        if (repository !== undefined)
            normalisePattern(repository, (0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("root-key-id"));
        pins.push({ ...(repository !== undefined ? { repository } : {}), keyIds });
    }
    return pins;
}
/** `notary-servers`: lines of `registry-host=https://notary.example[:port]`. */
function parseNotaryServers(input) {
    const out = new Map();
    for (const { line, key, value } of (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueLines */ .E5)(input, "first")) {
        const host = key?.toLowerCase() ?? "";
        if (!host || host.includes("/")) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("notary-servers")}: ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(line, 120)} is not registry-host=url`, {
                hint: "e.g. registry.example:5000=https://notary.example:4443",
            });
        }
        const url = value.trim();
        out.set((0,_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_5__/* .policyHost */ .x2)(host), (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_2__/* .notaryServerFor */ .A)({ registry: host }, url));
    }
    return out;
}
/**
 * The Notary server for an image: its registry's line in `notary-servers`, else `notary-server`, else Docker's
 * default.
 */
function notaryServerOf(ref, options) {
    return options.notaryServers?.get((0,_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_5__/* .policyHost */ .x2)(ref.registry.toLowerCase())) ?? (options.notaryServer || undefined);
}
/** The first allow-unsigned pattern that matches the repository, if any. */
function allowedUnsignedBy(name, patterns) {
    return patterns?.find((p) => matchesRepository(p, name));
}
/**
 * The lines of a per-repository setting (`root-key-id`, `accept`) that apply to a repository:
 * every line naming it exactly; else the first line whose pattern matches; else every line
 * without a pattern. Empty when none applies.
 */
function rulesFor(name, rules, input) {
    const scoped = (rules ?? []).filter((r) => r.repository !== undefined);
    const exact = scoped.filter((r) => normalisePattern(r.repository, input) === policyName(name));
    if (exact.length)
        return exact;
    const pattern = scoped.find((r) => matchesRepository(r.repository, name));
    if (pattern)
        return [pattern];
    return (rules ?? []).filter((r) => r.repository === undefined);
}
/** The root key IDs pinned for a repository (see rulesFor), or undefined when none is. */
function pinnedRootKeyIds(name, pins) {
    const applied = rulesFor(name, pins, (0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("root-key-id"));
    return applied.length ? [...new Set(applied.flatMap((p) => p.keyIds))] : undefined;
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
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_7__/* .globRegExp */ .u)(normalisePattern(pattern, "pattern")).test(policyName(name));
}
/** A repository pattern written like an image name, as the fully qualified name it matches. */
function normalisePattern(pattern, input) {
    const p = pattern.trim();
    const slash = p.indexOf("/");
    const first = slash < 0 ? p : p.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === "localhost");
    const path = hasRegistry ? p.slice(slash + 1) : p;
    if (!p || /[@\s]/.test(p) || path.includes(":")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${JSON.stringify(p.slice(0, 120))} is not a repository pattern`, {
            hint: "name repositories without tag or digest, e.g. registry.example/internal/*",
        });
    }
    if (!hasRegistry)
        return slash < 0 ? `docker.io/library/${p}` : `docker.io/${p}`;
    const registry = (0,_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_5__/* .policyHost */ .x2)(first.toLowerCase());
    return registry === "docker.io" && !path.includes("/") ? `docker.io/library/${path}` : `${registry}/${path}`;
}


/***/ })

};
