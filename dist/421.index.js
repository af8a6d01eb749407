export const id = 421;
export const ids = [421];
export const modules = {

/***/ 8421:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cli/hints.ts
/**
 * The CLI's words for errors whose fix is a flag: the lower layers say what failed (with a code),
 * and this names the flag that fixes it.
 */

/** The hint a CLI user needs for `err`, by its code; undefined when the error's own hint fits. */
function cliHint(err) {
    if (!(err instanceof errors/* TrustError */.Ru))
        return undefined;
    const host = (err instanceof errors/* ServerError */.gP ? err.host : undefined) ?? "the server";
    switch (err.code) {
        case "REGISTRY_PLAIN_HTTP":
            return `pass --insecure-registry ${host}`;
        case "PLAIN_HTTP":
            return `the server speaks plain HTTP: pass --notary-server http://${host} if that is intended`;
        case "INSECURE_REGISTRY":
            return "write --insecure-registry HOST:PORT (or http://HOST:PORT)";
        case "TLS_UNKNOWN_CA":
            return `pass the CA certificate of ${host} with --ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${host}/ca.crt`;
        case "TLS_WRONG_CA":
            return `--ca-cert (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`;
        case "CA_FILE_MISSING":
            return "--ca-cert takes the path of a PEM file";
        case "CA_NOT_CERTIFICATE":
            return "--ca-cert takes a PEM file of certificates (-----BEGIN CERTIFICATE-----)";
        default:
            return undefined;
    }
}
/** describeError with the CLI's hint where it has one. */
function describeForCli(err) {
    const hint = cliHint(err);
    return hint && err instanceof errors/* TrustError */.Ru ? `${err.message}; ${hint}` : (0,errors/* describeError */.Uc)(err);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line parsing: node:util parseArgs, with mistakes answered in our words. An unknown flag,
 * a flag without its value, a wrong number of arguments or a flag value that does not parse is a
 * CommandLineError: the one kind of failure that exits with code 2 and prints the command's usage.
 */


/** A mistake on the command line itself (exit code 2, usage printed). */
class CommandLineError extends errors/* UsageError */.eb {
    constructor(message, options = {}) {
        super(message, options);
    }
}
/** parseArgs with positionals, checking every flag first so that a mistake names the flag. */
function parseFlags(args, options) {
    const { tokens } = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: false, tokens: true });
    for (const token of tokens ?? []) {
        if (token.kind !== "option")
            continue;
        const spec = options[token.name];
        const flag = token.rawName;
        if (!spec)
            throw new CommandLineError(`unknown flag ${flag}`);
        if (spec.type === "string" && token.value === undefined)
            throw new CommandLineError(`flag ${flag} needs a value`);
        if (spec.type === "boolean" && token.inlineValue)
            throw new CommandLineError(`flag ${flag} takes no value`);
    }
    try {
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new CommandLineError(`cannot read the command line: ${err.message.split(".")[0]}`);
    }
}
/** A flag's value parsed by a shared parser; a value that does not parse is a command-line mistake. */
function flagValue(parse) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb && !(err instanceof CommandLineError))
            throw new CommandLineError(err.message, { cause: err, code: err.code, ...(err.hint ? { hint: err.hint } : {}) });
        throw err;
    }
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/workflows/connect.ts + 3 modules
var connect = __webpack_require__(670);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/tuf/expiry.ts
var expiry = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts
var load_trust = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/workflows/inspect.ts




async function inspect(client, opts) {
    const { set, warnings } = await (0,load_trust/* loadTrust */.V)(client, { ...opts, hints: ["targets/releases"] });
    if (opts.expiryWindowMs !== 0) {
        for (const e of (0,expiry/* expiringRoles */.QG)(set, opts.now, opts.expiryWindowMs ?? expiry/* DEFAULT_RENEW_WINDOW_MS */.g0)) {
            const m = (0,expiry/* expiryWarning */.iD)(set.gun, e, opts.now);
            warnings.push(m);
            opts.onWarning?.(m);
        }
    }
    return { result: reportOf(set, opts.name, opts.tag, warnings), set };
}
function reportOf(set, name, tag, warnings = []) {
    const root = set.root.signed;
    const expires = [
        { role: "root", env: set.root },
        ...(set.timestamp ? [{ role: "timestamp", env: set.timestamp }] : []),
        ...(set.snapshot ? [{ role: "snapshot", env: set.snapshot }] : []),
        ...[...set.targets].map(([role, env]) => ({ role, env })),
    ].map(({ role, env }) => ({ role, expires: (0,time/* displayTime */.Wk)(env.expiresAt), version: env.signed.version }));
    return {
        name,
        gun: set.gun,
        signedTags: inspectedTags(set, tag),
        signers: (0,docker/* signerKeys */.dL)(set),
        rootKeyIds: root.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: root.roles.get("targets")?.keyIds ?? [],
        expires,
        warnings,
    };
}
/** Released tags without paths applied (as docker lists them), marked where the paths exclude them. */
function inspectedTags(set, tag) {
    const strict = new Set((0,docker/* signedTags */.m_)(set, tag).map((t) => `${t.tag}\u0000${t.digest}`));
    return (0,docker/* signedTags */.m_)(set, tag, { paths: false }).map((t) => ({
        tag: t.tag,
        digest: t.digest,
        signers: t.signers.length ? t.signers : [docker/* REPO_ADMIN */.jz],
        ...(strict.has(`${t.tag}\u0000${t.digest}`) ? {} : { outsidePaths: true }),
    }));
}
/**
 * `docker trust inspect`'s stdout for these results: Go's json.MarshalIndent with a 4-space indent
 * and Go's HTML escaping of <, >, & (and U+2028, U+2029) inside strings, then a newline.
 */
function dockerInspectText(results) {
    const text = JSON.stringify(results.map(dockerInspectJson), null, 4);
    return `${text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}
/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
function dockerInspectJson(r) {
    const keys = (ids) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
    return {
        Name: r.name,
        SignedTags: r.signedTags.map((t) => ({ SignedTag: t.tag, Digest: t.digest, Signers: t.signers })),
        Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
        AdministrativeKeys: [
            { Name: "Root", ...keys(r.rootKeyIds) },
            { Name: "Repository", ...keys(r.repositoryKeyIds) },
        ],
    };
}

// EXTERNAL MODULE: ./src/workflows/options.ts
var options = __webpack_require__(1892);
// EXTERNAL MODULE: ./src/workflows/trust-store.ts
var trust_store = __webpack_require__(8664);
;// CONCATENATED MODULE: ./src/cli/format.ts
/** Removes control characters from text that came from a server before it reaches a terminal. */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
function table(header, rows) {
    const all = [header, ...rows].map((r) => r.map(printable));
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
    return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("   ")).join("\n") + "\n";
}
function formatSign(r) {
    const head = r.published
        ? `Signed ${r.gun} as ${r.signer}: ${r.digest} (${r.size} bytes)\n`
        : `${r.gun}: every tag already points to ${r.digest}; nothing published\n`;
    const rows = r.tags.map((t) => [t.tag, t.digest.slice(0, 19) + "…", t.roles.join(", "), t.signers.join(", ")]);
    const cosign = r.cosign
        ? `Cosign signature: ${r.cosign.status === "written" ? "written to" : "already at"} ${r.cosign.reference} (${r.cosign.signatures} signature(s) there)\n`
        : "";
    // Warnings were printed on stderr as they came (once each); --json carries them too.
    return `${head}\n${table(["TAG", "DIGEST", "ROLES", "SIGNERS"], rows)}\nRoles now: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n${cosign}`;
}
/** The layout of `docker trust inspect --pretty`. */
function formatInspect(r) {
    let out = `\nSignatures for ${printable(r.name)}\n\n`;
    out += r.signedTags.length
        ? table(["SIGNED TAG", "DIGEST", "SIGNERS"], r.signedTags.map((t) => [t.tag, t.digest, t.signers.map((s) => (s === "Repo Admin" ? "(Repo Admin)" : s)).join(", ")]))
        : `No signatures for ${printable(r.name)}\n`;
    const outside = r.signedTags.filter((t) => t.outsidePaths).map((t) => t.tag);
    if (outside.length) {
        out += `\nOutside the paths of the role that holds ${outside.length > 1 ? "them" : "it"}, so docker pull and verify refuse ${outside.length > 1 ? "them" : "it"}: ${outside.map(printable).join(", ")}\n`;
    }
    if (r.signers.length) {
        out += `\nList of signers and their keys for ${printable(r.name)}:\n\n`;
        out += table(["SIGNER", "KEYS"], [...r.signers].reverse().map((s) => [s.name, s.keyIds.map((k) => k.slice(0, 12)).join(", ")]));
    }
    out += `\nAdministrative keys for ${printable(r.name)}:\n\n`;
    out += `  Repository Key:\t${[...r.repositoryKeyIds].sort().join(", ")}\n  Root Key:\t${[...r.rootKeyIds].sort().join(", ")}\n`;
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What the CLI reads from and writes to the outside: arguments, environment, files, streams.
 * Commands take it as a parameter so tests can run them in-process.
 */





async function readInputFile(file, what, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    try {
        const text = await (0,promises_.readFile)(full, "utf8");
        if (text.length > 1024 * 1024)
            throw new CommandLineError(`${what} ${file} is larger than 1 MiB`);
        if (text.trim() === "")
            throw new CommandLineError(`${what} ${file} is empty`, { hint: `give the file that holds the ${what}` });
        return text;
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new CommandLineError(`cannot read ${what} ${file}: ${err.code ?? "error"}`);
    }
}
/** `$DOCKER_CONFIG`, else `~/.docker`, as the docker CLI chooses. */
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), ".docker");
}
/** Whether a key file's text is encrypted (PKCS#8 or legacy PEM encryption). */
function isEncryptedKey(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
/**
 * The passphrase from CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (what
 * `docker trust` reads for delegation and repository keys), else a terminal prompt; never a flag.
 */
async function passphraseFor(text, io, what = "signer key") {
    if (!isEncryptedKey(text))
        return undefined;
    const fromEnv = io.env.CONTENT_TRUST_PASSPHRASE ?? io.env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE;
    if (fromEnv !== undefined)
        return fromEnv;
    if (io.promptSecret)
        return io.promptSecret(`Passphrase for the ${what}: `);
    throw new errors/* UsageError */.eb(`the ${what} is encrypted`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
}

// EXTERNAL MODULE: ./src/net/proxy.ts
var net_proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/net/tls-trust.ts
var tls_trust = __webpack_require__(3733);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(2440);
;// CONCATENATED MODULE: ./src/cli/commands/common.ts
/** Flags every networked command takes, mirroring the action's inputs. */








const connectionFlags = {
    "notary-server": { type: "string" },
    "ca-cert": { type: "string" },
    "registry-username": { type: "string" },
    "root-key-id": { type: "string", multiple: true },
    "trust-dir": { type: "string" },
    timeout: { type: "string" },
    deadline: { type: "string" },
    "insecure-registry": { type: "string", multiple: true },
};
const CONNECTION_HELP = `  --notary-server URL       Notary server (default: DOCKER_CONTENT_TRUST_SERVER, notary.docker.io
                            for Docker Hub, else https://<registry host>)
  --ca-cert FILE            PEM bundle to trust for a self-hosted server
  --registry-username USER  with CONTENT_TRUST_REGISTRY_PASSWORD; else the docker config is used
  --root-key-id ID          pin the root key (repeatable); else trust on first use
  --trust-dir DIR           where trusted roots are kept (default: $DOCKER_CONFIG/trust)
  --timeout SECONDS         deadline of each request (default 30)
  --deadline SECONDS        deadline of the whole run (default 300)
  --insecure-registry HOST  talk plain http to this registry (repeatable; loopback registries
                            need none: https is tried first, then plain http)
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as docker reads them.
CA of a Notary server: --ca-cert, and $DOCKER_CONFIG/tls/<host:port>/*.crt as docker trust reads it.`;
async function connectionOptions(values, io) {
    const password = io.env.CONTENT_TRUST_REGISTRY_PASSWORD;
    const username = values["registry-username"];
    const timeoutMs = flagValue(() => (0,options/* parseTimeout */.ZZ)(values.timeout));
    const deadlineMs = flagValue(() => (0,options/* parseTimeout */.ZZ)(values.deadline, "deadline"));
    if (username && password === undefined) {
        throw new errors/* UsageError */.eb("--registry-username needs the password in CONTENT_TRUST_REGISTRY_PASSWORD");
    }
    return {
        ...(values["notary-server"] ? { notaryServer: values["notary-server"] } : {}),
        ...(io.env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: io.env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(values["ca-cert"] ? { caPem: await readCaCert(values["ca-cert"], io) } : {}),
        ...proxyOption(io),
        ...(username && password !== undefined ? { credentials: { username, password }, credentialsSource: "--registry-username" } : {}),
        dockerConfigDir: dockerConfigDir(io.env),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(deadlineMs ? { deadlineMs } : {}),
        ...(values["insecure-registry"] ? { insecureRegistries: (0,client/* parseInsecureRegistries */.XT)(values["insecure-registry"].flatMap(options/* splitList */.ry)) } : {}),
    };
}
/** HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment, as `{ proxy }` when one is set. */
function proxyOption(io) {
    const proxy = (0,net_proxy/* proxyConfigFromEnv */.oR)(io.env);
    return proxy ? { proxy } : {};
}
/** The AWS SDK's handler for KMS calls behind the proxy of the environment (empty without one). */
function kmsProxyOption(io) {
    return (0,connect/* kmsProxyOptions */.o7)(proxyOption(io).proxy);
}
/** The --ca-cert file: a missing file and one that holds no certificate are told apart (codes). */
async function readCaCert(file, io) {
    let text;
    try {
        text = await readInputFile(file, "CA certificate", io.cwd);
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb && err.code === "USAGE")
            throw new CommandLineError(err.message, { code: "CA_FILE_MISSING", hint: "give the path of the server's CA certificate (PEM)" });
        throw err;
    }
    return flagValue(() => (0,tls_trust/* parseCaBundle */.S4)(text, `--ca-cert ${file}`));
}

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts









const INSPECT_HELP = `Usage: content-trust inspect IMAGE[:TAG] [IMAGE[:TAG]...] [flags]

Verifies and prints the signed tags, signers and administrative keys of repositories,
as docker trust inspect does. With --json, prints docker trust inspect's JSON.

Flags:
${CONNECTION_HELP}
  --json                    print docker trust inspect JSON
  --within DURATION         warn about roles expiring within this (default 6mo; 0 never)`;
async function inspectCommand(args, io) {
    const { values, positionals } = parseFlags(args, { ...connectionFlags, json: { type: "boolean" }, within: { type: "string" } });
    if (positionals.length === 0)
        throw new CommandLineError("inspect takes at least one IMAGE");
    const opts = await connectionOptions(values, io);
    const store = new trust_store/* TrustStore */.O(values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`);
    const pins = values["root-key-id"] ? flagValue(() => (0,options/* parseKeyIds */.ll)(values["root-key-id"].join(","))) : [];
    const settled = await Promise.allSettled(positionals.map(async (name) => {
        const ref = (0,reference/* parseReference */.F2)(name);
        const conn = (0,connect/* connect */.Ng)(ref, opts);
        try {
            const anchor = await store.load(ref.name);
            const { result, set } = await inspect(conn.notary, {
                ...anchor,
                ...(pins.length ? { pinnedRootKeyIds: pins } : {}),
                name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                now: Date.now(),
                ...(values.within !== undefined ? { expiryWindowMs: values.within.trim() === "0" ? 0 : flagValue(() => (0,options/* parseExpiry */.rQ)(values.within, Date.now(), "within")) } : {}),
                onWarning: (m) => io.stderr(`warning: ${m}\n`),
            });
            await store.save(ref.name, set.root.bytes, set.versions());
            return result;
        }
        finally {
            conn.close();
        }
    }));
    // As docker trust inspect: the repositories read are printed, then the first failure (exit 1).
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failure = settled.find((s) => s.status === "rejected");
    if (values.json)
        io.stdout(dockerInspectText(results));
    else if (results.length > 0)
        io.stdout(results.map(formatInspect).join("\n\n"));
    if (failure)
        throw failure.reason;
    return 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signers/key-file.ts + 1 modules
var key_file = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/signers/key-directory.ts + 1 modules
var key_directory = __webpack_require__(9816);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/tuf/role-edits.ts
var role_edits = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/tuf/der.ts
var tuf_der = __webpack_require__(4396);
// EXTERNAL MODULE: ./src/tuf/root-keys.ts
var root_keys = __webpack_require__(5288);
;// CONCATENATED MODULE: ./src/signers/root-certificate.ts
/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */



const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000;
function createRootCertificate(opts) {
    const notBefore = opts.notBefore ?? Date.now();
    const notAfter = opts.notAfter ?? notBefore + TEN_YEARS;
    if (opts.privateKey.asymmetricKeyType !== "ec")
        throw new Error("root certificates are made for ECDSA keys");
    const spki = (0,external_node_crypto_.createPublicKey)(opts.privateKey).export({ type: "spki", format: "der" });
    const name = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derSet */.CU)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.4.3"), (0,tuf_der/* derDirectoryString */.kC)(opts.gun))));
    const sigAlg = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("1.2.840.10045.4.3.2"));
    const extensions = (0,tuf_der/* derExplicit */.Wg)(3, (0,tuf_der/* derSequence */.xy)(
    // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
    (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.15"), (0,tuf_der/* derBoolean */.cl)(true), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* encodeDer */.qH)(tuf_der/* TAG */.Dk.bitString, Buffer.from([5, 0xa0])))), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.37"), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("1.3.6.1.5.5.7.3.3")))), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.19"), (0,tuf_der/* derBoolean */.cl)(true), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* derSequence */.xy)()))));
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const tbs = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derExplicit */.Wg)(0, (0,tuf_der/* derUnsigned */.dV)(Buffer.from([2]))), (0,tuf_der/* derUnsigned */.dV)(serial), sigAlg, name, (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derTime */.tm)(notBefore), (0,tuf_der/* derTime */.tm)(notAfter)), name, spki, extensions);
    const signature = (0,external_node_crypto_.sign)("sha256", tbs, opts.privateKey);
    const der = (0,tuf_der/* derSequence */.xy)(tbs, sigAlg, (0,tuf_der/* derBitString */.UQ)(signature));
    const pem = (0,root_keys/* goCertificatePem */.ED)(der);
    return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}

// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/sign.ts
var sign = __webpack_require__(8857);
// EXTERNAL MODULE: ./src/workflows/publication.ts
var publication = __webpack_require__(9564);
// EXTERNAL MODULE: ./src/workflows/admin/keyring.ts
var keyring = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/admin/init.ts














const ROOT_YEARS = 10;
const TARGETS_YEARS = 3;
/** Docker's signer names (cli/command/trust/signer_add.go): `releases` is reserved. */
function checkSignerName(name) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(name.slice(0, 80))} must start with a lower-case letter or digit and may then hold "-" or "_"`);
    }
    if (name === "releases")
        throw new errors/* UsageError */.eb("releases is a reserved signer name", { hint: "use a different signer name" });
}
async function initRepository(deps, opts) {
    const { notary } = deps;
    const gun = notary.gun;
    const now = (deps.now ?? Date.now)();
    const log = deps.log ?? (() => { });
    if (opts.rootKey.type !== "private" || opts.rootKey.asymmetricKeyType !== "ec" || opts.rootKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
        throw new errors/* UsageError */.eb("the root key must be an ECDSA P-256 private key, as Docker and notary make them");
    }
    for (const s of opts.signers ?? [])
        checkSignerName(s.name);
    await assertNewRepository(notary);
    log(`Creating ${gun} on ${notary.baseUrl}: fetching the server's timestamp and snapshot keys`);
    const [timestampKey, snapshotKey] = await Promise.all([notary.getServerKey("timestamp"), notary.getServerKey("snapshot")]);
    const cert = createRootCertificate({ gun, privateKey: opts.rootKey, notBefore: now });
    const rootPlain = (0,public_key/* notaryPublicKeyOf */.hE)(opts.rootKey);
    const rootId = (0,tuf_keys/* keyIdOf */.yg)(cert.publicKey);
    const plainSigner = new key_file_signer/* KeyFileSigner */.Q({ keyObject: opts.rootKey, publicKey: rootPlain, keyId: (0,tuf_keys/* keyIdOf */.yg)(rootPlain), role: "root" });
    const rootSigner = (0,keyring/* listedAs */.W)(plainSigner, rootId, cert.publicKey);
    const ids = { root: rootId, targets: (0,tuf_keys/* keyIdOf */.yg)(opts.targets.publicKey), snapshot: (0,tuf_keys/* keyIdOf */.yg)(snapshotKey), timestamp: (0,tuf_keys/* keyIdOf */.yg)(timestampKey) };
    const root = {
        type: "Root",
        consistentSnapshot: false,
        expires: (0,time/* expiresAfterYears */.T0)(now, ROOT_YEARS),
        keys: new Map([
            [ids.root, cert.publicKey],
            [ids.targets, opts.targets.publicKey],
            [ids.snapshot, snapshotKey],
            [ids.timestamp, timestampKey],
        ]),
        roles: new Map(["root", "snapshot", "targets", "timestamp"].map((r) => [r, { keyIds: [ids[r]], threshold: 1 }])),
        version: 1,
    };
    let targets = { ...(0,role_edits/* emptyTargets */.gr)((0,time/* expiresAfterYears */.T0)(now, TARGETS_YEARS)), version: 1 };
    for (const s of opts.signers ?? []) {
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, `targets/${s.name}`, s.keys);
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, docker/* RELEASES */.pH, s.keys);
    }
    const files = new Map([
        ["root", await (0,sign/* signEnvelope */.Y)(root, [rootSigner])],
        ["targets", await (0,sign/* signEnvelope */.Y)(targets, [opts.targets])],
    ]);
    const versions = new Map([["root", 1], ["targets", 1]]);
    // A lost answer is resolved by reading root.json again: ours means the upload landed.
    await (0,publication/* publishWithRetry */.M4)({ notary, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}), log }, {
        state: undefined,
        plan: async (served) => {
            if (!served)
                return { files, versions };
            if (Buffer.compare(Buffer.from(served), Buffer.from(files.get("root"))) === 0)
                return { files: new Map(), versions };
            throw exists(gun, notary.baseUrl, served);
        },
        reload: () => notary.getMetadata("root"),
        change: `the new repository ${gun}`,
    });
    log("Verifying what the server now serves");
    const hints = (opts.signers ?? []).flatMap((s) => [`targets/${s.name}`, docker/* RELEASES */.pH]);
    const { set } = await (0,load_trust/* loadTrust */.V)(notary, { trustedRoot: files.get("root"), now: (deps.now ?? Date.now)(), hints });
    (0,publication/* assertServed */.MK)(set, files);
    return { gun, rootKeyId: rootId, rootCanonicalKeyId: (0,tuf_keys/* canonicalKeyIdOf */.Sy)(cert.publicKey), targetsKeyId: ids.targets, snapshotKeyId: ids.snapshot, timestampKeyId: ids.timestamp, set };
}
/** Throws REPOSITORY_EXISTS when the server has a root for the repository. */
async function assertNewRepository(notary) {
    const existing = await notary.getMetadata("root");
    if (existing)
        throw exists(notary.gun, notary.baseUrl, existing);
}
function exists(gun, server, root) {
    let version = "";
    try {
        version = ` (root v${(0,metadata/* parseEnvelope */.mE)(root, "Root", "root").signed.version})`;
    }
    catch {
        // an unreadable root still means the repository exists
    }
    return new errors/* TrustError */.Ru("REPOSITORY_EXISTS", `${gun} already exists on ${server}${version}; init never touches an existing repository`, {
        hint: `manage it with ${(0,wording/* step */.PM)("signer-add", gun)}, or choose another repository name`,
    });
}
/** Checks that a key can be a root key before anything is written (for callers that load one). */
function rootKeyProblem(key) {
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(key);
    if (reason)
        return reason;
    if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
        return "the root key must be ECDSA P-256";
    return undefined;
}

// EXTERNAL MODULE: ./src/workflows/admin/update.ts
var admin_update = __webpack_require__(2265);
;// CONCATENATED MODULE: ./src/workflows/admin/rotate-signer.ts
/**
 * Replacing a signer's key without a moment where released tags stop verifying. The new key is
 * added to `targets/NAME` (and to `targets/releases` where the old key was), the content of those
 * roles is re-signed, unchanged, with the new key, and the old key is removed, all in one atomic
 * upload: the server validates `targets` first and the delegations against it (notary
 * server/handlers/validation.go loadAndValidateTargets) and applies everything or nothing, so a
 * reader sees either the old keys with the old signatures or the new keys with the new ones.
 * Signing `targets` takes the targets key; re-signing the delegations takes the new private key.
 */








function canonical(targets, id) {
    const key = targets.delegations.keys.get(id);
    return key ? (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key) : id;
}
/** The listed IDs of `role` to replace: the ones asked for, or every key but the new one. */
function oldKeysOf(targets, role, newCanonical, asked) {
    const listed = role.keyIds ?? [];
    if (!asked || asked.length === 0)
        return listed.filter((id) => canonical(targets, id) !== newCanonical);
    return asked.map((want) => {
        const w = want.toLowerCase();
        const hits = listed.filter((id) => id.startsWith(w) || canonical(targets, id).startsWith(w));
        if (hits.length !== 1) {
            throw new errors/* UsageError */.eb(`key ${JSON.stringify(want.slice(0, 64))} matches ${hits.length} keys of ${role.name} (keys: ${listed.map((id) => (0,tuf_keys/* shortId */.m_)(canonical(targets, id))).join(", ") || "none"})`, {
                hint: "give a longer key ID as docker trust inspect shows it",
            });
        }
        return hits[0];
    });
}
async function rotateSignerKey(deps, opts) {
    checkSignerName(opts.name);
    const roleName = `targets/${opts.name}`;
    const newPublic = opts.newKey.publicKey;
    const newSigner = (0,keyring/* listedAs */.W)(opts.newKey, (0,tuf_keys/* keyIdOf */.yg)(newPublic), newPublic);
    const newCanonical = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(newPublic);
    const notes = [];
    let lastChange;
    const update = await (0,admin_update/* updateRepository */.Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [roleName, docker/* RELEASES */.pH],
        change: `the key rotation of ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
            if (!role)
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name}`, { hint: `add it with: ${(0,wording/* step */.PM)("signer-add", set.gun)}` });
            const old = oldKeysOf(targets, role, newCanonical, opts.oldKeyIds);
            const plan = { files: new Map(), versions: new Map(), replaced: old.map((id) => canonical(targets, id)) };
            const releases = (0,role_edits/* findDelegation */.Y$)(targets, docker/* RELEASES */.pH);
            const oldInReleases = old.filter((id) => releases?.keyIds?.includes(id));
            const hasNew = (role.keyIds ?? []).some((id) => canonical(targets, id) === newCanonical);
            if (old.length === 0 && hasNew)
                return plan; // already rotated
            notes.length = 0;
            for (const other of targets.delegations.roles ?? []) {
                if (other.name === roleName || other.name === docker/* RELEASES */.pH)
                    continue;
                const shared = old.filter((id) => other.keyIds?.includes(id));
                if (shared.length)
                    notes.push(`key ${shared.map((id) => (0,tuf_keys/* shortId */.m_)(canonical(targets, id))).join(", ")} is also a key of ${other.name} in ${set.gun} and stays there`);
            }
            let next = (0,role_edits/* replaceDelegationKeys */.Ry)(targets, roleName, old, [newPublic]);
            const affected = [roleName];
            if (oldInReleases.length > 0) {
                next = (0,role_edits/* replaceDelegationKeys */.Ry)(next, docker/* RELEASES */.pH, oldInReleases, [newPublic]);
                affected.push(docker/* RELEASES */.pH);
            }
            const signedTargets = await (0,admin_update/* resign */.LD)(next, await (0,admin_update/* requireSigner */.Sz)(deps, set, "targets"), now);
            plan.files.set("targets", signedTargets.bytes);
            plan.versions.set("targets", signedTargets.version);
            for (const name of affected) {
                const env = set.targets.get(name);
                if (!env) {
                    if (set.snapshot?.signed.meta.has(name)) {
                        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${name} of ${set.gun} is published but cannot be verified, so its content cannot be carried over to the new key`, {
                            hint: "see the warning above for why; sign its tags again after the rotation",
                        });
                    }
                    continue; // never published: nothing to re-sign
                }
                const signed = await (0,admin_update/* resign */.LD)(env.signed, newSigner, now);
                plan.files.set(name, signed.bytes);
                plan.versions.set(name, signed.version);
            }
            lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    const plan = update.published && lastChange ? lastChange : update.plan;
    const targets = set.targets.get("targets").signed;
    const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
    const keys = (role?.keyIds ?? []).map((id) => canonical(targets, id));
    if (!keys.includes(newCanonical) || keys.some((k) => plan.replaced.includes(k))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after publishing, ${roleName} lists keys ${keys.map(tuf_keys/* shortId */.m_).join(", ") || "none"}, not the new key ${(0,tuf_keys/* shortId */.m_)(newCanonical)} alone`, {
            hint: "another writer changed the signer at the same time; inspect the repository and run it again",
        });
    }
    const lost = (0,admin_update/* lostReleases */.Ln)(update.before, (0,admin_update/* releasedTags */.JR)(set, (deps.now ?? Date.now)()));
    if (lost.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after the rotation ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; sign those tags again with the new key" });
    }
    for (const n of notes)
        deps.warn?.(n);
    return {
        gun: set.gun,
        name: opts.name,
        replaced: plan.replaced,
        newKeyId: newCanonical,
        roles: [...plan.files.keys()].map((name) => ({ name, version: set.targets.get(name)?.signed.version ?? 0 })),
        published: update.published,
        warnings: [...update.warnings, ...notes],
        set,
    };
}

// EXTERNAL MODULE: ./src/workflows/admin/session.ts
var session = __webpack_require__(6322);
;// CONCATENATED MODULE: ./src/cli/admin-format.ts

// Warnings are not repeated here: they were printed on stderr as they came, once each (--json keeps them).
const versions = (r, roles) => roles.map((role) => `${role} v${r.set.targets.get(role)?.signed.version ?? "?"}`).join(", ");
function initJson(r) {
    return {
        gun: r.gun,
        rootKeyId: r.rootKeyId,
        rootCanonicalKeyId: r.rootCanonicalKeyId,
        repositoryKeyId: r.targetsKeyId,
        snapshotKeyId: r.snapshotKeyId,
        timestampKeyId: r.timestampKeyId,
        keyFiles: r.written.map((k) => ({ role: k.role, keyId: k.keyId, file: k.fileName })),
    };
}
function formatInit(r, gun, keyDir) {
    const rows = [
        ["Root", r.rootKeyId, r.written.find((k) => k.role === "root")?.fileName ?? "(given)"],
        ["Repository", r.targetsKeyId, r.written.find((k) => k.role === "targets")?.fileName ?? "(given)"],
        ["Snapshot", r.snapshotKeyId, "(held by the server)"],
        ["Timestamp", r.timestampKeyId, "(held by the server)"],
    ];
    return `Created ${printable(gun)}\n\n${table(["KEY", "ID", "KEY FILE"], rows)}\n${r.written.length
        ? `Back up the key files in ${printable(keyDir ?? "the key directory")}: without the root key the repository cannot be repaired.\n`
        : ""}`;
}
function signerChangeJson(r) {
    return { gun: r.gun, signer: r.name, keyIds: r.keyIds, published: r.published, targetsVersion: r.targetsVersion, unreleased: r.unreleased, warnings: r.warnings };
}
function formatSignerChange(action, r) {
    const head = action === "add"
        ? r.published
            ? `Added signer ${printable(r.name)} to ${printable(r.gun)} with key ${r.keyIds.join(", ")} (targets v${r.targetsVersion})\n`
            : `Signer ${printable(r.name)} of ${printable(r.gun)} already has key ${r.keyIds.join(", ")}: nothing published\n`
        : `Removed signer ${printable(r.name)} from ${printable(r.gun)} (targets v${r.targetsVersion})\n`;
    const lost = r.unreleased.length ? `No longer verifying: ${r.unreleased.map((t) => printable(t.tag)).join(", ")}\n` : "";
    return head + lost;
}
function revokeJson(r) {
    return { gun: r.gun, tag: r.tag, removedFrom: r.removedFrom, heldBy: r.heldBy, stillReleasedBy: r.stillReleasedBy ?? null, published: r.published, warnings: r.warnings };
}
function formatRevoke(r) {
    const head = r.removedFrom.length
        ? `Revoked ${printable(r.gun)}:${printable(r.tag)} from ${versions(r, r.removedFrom)}\n`
        : r.heldBy.length && !r.stillReleasedBy
            ? `${printable(r.gun)}:${printable(r.tag)} is not released: nothing to revoke (still listed by ${r.heldBy.map(printable).join(", ")}, which docker pull does not trust)\n`
            : `${printable(r.gun)}:${printable(r.tag)} is not signed: nothing to revoke\n`;
    return head;
}
function renewJson(r) {
    return { gun: r.gun, renewed: r.renewed, notRenewed: r.notRenewed, published: r.published, warnings: r.warnings };
}
function formatRenew(r) {
    const head = r.renewed.length
        ? `Renewed ${printable(r.gun)}\n\n${table(["ROLE", "NEW VERSION", "PREVIOUS EXPIRY", "EXPIRES AT"], r.renewed.map((x) => [x.role, String(x.version), x.previousExpires, x.expires]))}`
        : `${printable(r.gun)}: nothing that the signing keys can sign needs renewing\n`;
    const left = r.notRenewed.length ? `\nNot renewed:\n${table(["ROLE", "EXPIRES AT"], r.notRenewed.map((x) => [x.role, x.expires]))}` : "";
    return head + left;
}
function rotationJson(r) {
    return { gun: r.gun, signer: r.name, replaced: r.replaced, newKeyId: r.newKeyId, roles: r.roles, published: r.published, warnings: r.warnings };
}
function formatRotation(r) {
    const head = r.published
        ? `Rotated signer ${printable(r.name)} of ${printable(r.gun)} to key ${r.newKeyId}${r.replaced.length ? ` (replaced ${r.replaced.join(", ")})` : ""}\nPublished: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n`
        : `Signer ${printable(r.name)} of ${printable(r.gun)} already signs with key ${r.newKeyId} alone: nothing published\n`;
    return head;
}

;// CONCATENATED MODULE: ./src/cli/commands/admin-options.ts
/**
 * Flags and passphrases of the admin commands (init, signer, revoke, renew, key rotate-signer).
 * Keys that sign: --signer-key FILE or --aws-kms-key KEY; without either (or with --key-dir given),
 * the keys of the key directory found by ID. Passphrases: CONTENT_TRUST_PASSPHRASE (and
 * CONTENT_TRUST_ROOT_PASSPHRASE for root keys when set), else a terminal prompt; new keys are asked
 * for twice and never left unencrypted.
 */








const adminFlags = {
    ...connectionFlags,
    "key-dir": { type: "string" },
    "signer-key": { type: "string" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    json: { type: "boolean" },
};
/** Help lines for the keys that sign; `what` names the key ("that signs", "to use as the targets key"). */
function keyHelp(what = "that signs", kmsFlag = "--aws-kms-key KEY") {
    return `  --signer-key FILE         private key file ${what} (Docker/notary key file or PEM)
  ${kmsFlag.padEnd(25)} AWS KMS key ID, ARN or alias ${what}, instead of a key file
  --aws-region REGION       region of a KMS key given by ID or alias
  --key-dir DIR             key directory: new keys are written there, and keys are found
                            there by ID when no key is given or when --key-dir is given
                            (default: $DOCKER_CONFIG/trust/private, shared with docker trust)`;
}
const ADMIN_KEY_HELP = keyHelp();
const ADMIN_FOOTER = `${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrases: CONTENT_TRUST_PASSPHRASE (CONTENT_TRUST_ROOT_PASSPHRASE for root keys, when set),
else docker's DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE
for root keys), else a prompt on a terminal.`;
const str = (v) => (typeof v === "string" ? v : undefined);
/** The key directory: --key-dir, else Docker's `$DOCKER_CONFIG/trust/private`. */
function keyDirOf(values, io) {
    const given = str(values["key-dir"]);
    return given ? external_node_path_default().resolve(io.cwd, given) : external_node_path_default().join(dockerConfigDir(io.env), "trust", "private");
}
/** The configuration every admin command shares, for `repository`. */
async function adminConfig(values, io, repository, keyFlags = { file: "signer-key", kms: "aws-kms-key" }) {
    flagValue(() => (0,reference/* parseReference */.F2)(repository));
    const conn = await connectionOptions(values, io);
    const keyFile = str(values[keyFlags.file]);
    const kms = str(values[keyFlags.kms]);
    if (keyFile && kms)
        throw new CommandLineError(`--${keyFlags.file} and --${keyFlags.kms} are both set`, { hint: "give one signing key" });
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const rootKeyIds = values["root-key-id"];
    return {
        ...conn,
        repository,
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(kms ? { awsKmsKey: kms } : {}),
        ...(str(values["aws-region"]) ? { awsRegion: str(values["aws-region"]) } : {}),
        keyDir: keyDirOf(values, io),
        searchKeyDir: str(values["key-dir"]) !== undefined,
        ...(Array.isArray(rootKeyIds) ? { rootKeyIds: flagValue(() => (0,options/* parseKeyIds */.ll)(rootKeyIds.join(","))) } : {}),
        trustDir: str(values["trust-dir"]) ?? external_node_path_default().join(dockerConfigDir(io.env), "trust"),
    };
}
/**
 * Root keys: CONTENT_TRUST_ROOT_PASSPHRASE, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE, then
 * CONTENT_TRUST_PASSPHRASE. Other keys: CONTENT_TRUST_PASSPHRASE, then
 * DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, as `docker trust` reads them.
 */
function envPassphrase(io, root) {
    const names = root
        ? ["CONTENT_TRUST_ROOT_PASSPHRASE", "DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE", "CONTENT_TRUST_PASSPHRASE"]
        : ["CONTENT_TRUST_PASSPHRASE", "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE"];
    const name = names.find((n) => io.env[n] !== undefined);
    return name ? { name, value: io.env[name] } : undefined;
}
function describeKey(r) {
    return `${r.role ? `${r.role} key` : "key"} ${(0,tuf_keys/* shortId */.m_)(r.keyId)}`;
}
/** Passphrases of encrypted files in the key directory. */
function keyDirectoryPassphrase(io) {
    return async (request) => {
        const env = envPassphrase(io, request.role === "root");
        if (env)
            return env.value;
        if (io.promptSecret)
            return io.promptSecret(`Passphrase for the ${describeKey(request)}: `);
        throw new errors/* UsageError */.eb(`the ${describeKey(request)} in the key directory is encrypted`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
    };
}
/** Passphrases for new keys: from the environment (not empty), else asked twice on a terminal. */
function newKeyPassphrase(io) {
    const chosen = new Map();
    return async (role) => {
        const kind = role === "root" ? "root" : "repository";
        const known = chosen.get(kind);
        if (known)
            return known;
        const env = envPassphrase(io, role === "root");
        let value;
        if (env) {
            if (env.value === "")
                throw new errors/* UsageError */.eb(`${env.name} is empty; new keys are always encrypted`, { hint: "set it to a passphrase" });
            value = env.value;
        }
        else if (io.promptSecret) {
            value = await io.promptSecret(`Passphrase for the new ${role} key: `);
            if (value === "")
                throw new errors/* UsageError */.eb(`an empty passphrase for the new ${role} key is refused; new keys are always encrypted`);
            const again = await io.promptSecret(`Repeat the passphrase for the new ${role} key: `);
            if (again !== value)
                throw new errors/* UsageError */.eb(`the passphrases for the new ${role} key do not match`);
        }
        else {
            throw new errors/* UsageError */.eb(`no passphrase for the new ${role} key`, { hint: "set CONTENT_TRUST_PASSPHRASE, or run it on a terminal" });
        }
        chosen.set(kind, value);
        return value;
    };
}
/** Log lines on stderr, and each warning once. */
function adminHooks(io) {
    return {
        log: (m) => io.stderr(`${m}\n`),
        warn: warnOnce(io),
        passphrase: keyDirectoryPassphrase(io),
    };
}
/** A warning hook that prints each warning once on stderr. */
function warnOnce(io) {
    const seen = new Set();
    return (m) => {
        if (seen.has(m))
            return;
        seen.add(m);
        io.stderr(`warning: ${m}\n`);
    };
}
/** An existing root key file (--root-key) and its passphrase (CONTENT_TRUST_ROOT_PASSPHRASE, else CONTENT_TRUST_PASSPHRASE, else a prompt). */
async function rootKeyOption(file, io) {
    if (!file)
        return {};
    const rootKey = await readInputFile(file, "root key", io.cwd);
    const env = envPassphrase(io, true);
    const rootKeyPassphrase = await passphraseFor(rootKey, { ...io, env: { ...io.env, CONTENT_TRUST_PASSPHRASE: env?.value, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: undefined } }, "root key");
    return { rootKey, ...(rootKeyPassphrase !== undefined ? { rootKeyPassphrase } : {}) };
}

;// CONCATENATED MODULE: ./src/cli/commands/key-rotation.ts














const ROTATE_SIGNER_HELP = `Usage: content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-aws-kms-key KEY [flags]

Replaces the keys of signer NAME with a new key in one atomic publish: the new key is added
to targets/NAME (and to targets/releases where the old key was), their content is re-signed
unchanged with the new key, and the old key is removed, so released tags never stop verifying.
Signed with the targets key (--signer-key, --aws-kms-key or the key directory).

Flags:
  --new-key FILE            the new key: a private key file, or its public key when the private
                            key is in the key directory
  --new-aws-kms-key KEY     the new key in AWS KMS instead
  --old-key ID              the key to replace (repeatable; default: every other key of NAME)
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function rotateSignerCommand(args, io) {
    const { values, positionals } = parseFlags(args, { ...adminFlags, "new-key": { type: "string" }, "new-aws-kms-key": { type: "string" }, "old-key": { type: "string", multiple: true } });
    if (positionals.length !== 2)
        throw new CommandLineError("key rotate-signer takes NAME and REPOSITORY", { hint: "content-trust key rotate-signer alice registry.example/app --new-key alice-2.key" });
    const [name, repository] = positionals;
    if (!values["new-key"] === !values["new-aws-kms-key"])
        throw new CommandLineError("give the new key with --new-key FILE or --new-aws-kms-key KEY (one of them)");
    const config = await adminConfig(values, io, repository);
    let kms;
    try {
        const newKey = values["new-aws-kms-key"]
            ? (kms = await (0,kms_signer/* createKmsSigner */.EH)({ keyId: values["new-aws-kms-key"], region: values["aws-region"], ...(0,connect/* kmsProxyOptions */.o7)(config.proxy) }))
            : await newKeySigner(values["new-key"], keyDirOf(values, io), io);
        const result = await (0,session/* withAdminSession */.ac)(config, adminHooks(io), (s) => rotateSignerKey(s.deps, { name, newKey, ...(values["old-key"] ? { oldKeyIds: values["old-key"] } : {}), anchor: s.anchor }));
        io.stdout(values.json ? JSON.stringify(rotationJson(result), null, 2) + "\n" : formatRotation(result));
        return 0;
    }
    finally {
        kms?.close();
    }
}
/** A private key file, or a public key whose private key the key directory holds. */
async function newKeySigner(file, keyDir, io) {
    const text = await readInputFile(file, "new key", io.cwd);
    if (/PRIVATE KEY-----|Proc-Type:/.test(text))
        return new key_file_signer/* KeyFileSigner */.Q((0,key_file/* loadPrivateKey */.P)(text, await passphraseFor(text, io, "new key")));
    const pub = (0,public_key/* parsePublicKey */.ee)(text, { now: new Date() });
    const loaded = await new key_directory/* KeyDirectory */.r_(keyDir).load(pub.canonicalKeyId, keyDirectoryPassphrase(io));
    if (!loaded) {
        throw new errors/* UsageError */.eb(`the private key of the new key ${(0,tuf_keys/* shortId */.m_)(pub.canonicalKeyId)} is not in the key directory`, {
            hint: "give the private key file with --new-key, or --key-dir where docker trust key generate wrote it",
        });
    }
    return new key_file_signer/* KeyFileSigner */.Q(loaded);
}

;// CONCATENATED MODULE: ./src/cli/commands/key.ts








const KEY_INSPECT_HELP = `Usage: content-trust key inspect FILE [--json | --cosign]
       content-trust key inspect --aws-kms-key KEY [--signer-name NAME] [--aws-region REGION] [--json]

Prints the key ID, the delegation name (the key file's role header), the public key
PEM that \`docker trust signer add --key\` accepts, and the same key as \`cosign verify --key\`
takes it (cosign.pub; --cosign prints only that). FILE may be a private key file
(Docker/notary key file or PEM; passphrase from CONTENT_TRUST_PASSPHRASE or a prompt)
or a public key or certificate. With --aws-kms-key, the public key of an AWS KMS key
(credentials and region from the usual AWS configuration); --signer-name adds Docker's
role header to the PEM.`;
const KEY_HELP = `Usage: content-trust key inspect FILE | --aws-kms-key KEY [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]

Commands:
  inspect          print a key's ID and the public key for docker trust signer add
  rotate-signer    replace a signer's key without breaking released tags

Run content-trust key inspect --help or content-trust key rotate-signer --help for their flags.`;

async function keyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "rotate-signer")
        return rotateSignerCommand(rest, io);
    if (sub !== "inspect")
        throw new CommandLineError(`unknown key command ${JSON.stringify(sub ?? "")}`, { hint: "content-trust key inspect FILE, or key rotate-signer NAME REPOSITORY" });
    const { values, positionals } = parseFlags(rest, { json: { type: "boolean" }, cosign: { type: "boolean" }, "aws-kms-key": { type: "string" }, "aws-region": { type: "string" }, "signer-name": { type: "string" } });
    const format = values.cosign ? "cosign" : values.json ? "json" : "text";
    const kmsKey = values["aws-kms-key"];
    if (kmsKey) {
        if (positionals.length)
            throw new CommandLineError("key inspect takes a FILE or --aws-kms-key, not both");
        const { inspectKmsKey } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9311));
        const role = values["signer-name"];
        const d = await inspectKmsKey({ keyId: kmsKey, ...(values["aws-region"] ? { region: values["aws-region"] } : {}), ...(role ? { role } : {}), ...kmsProxyOption(io) });
        return printKey(io, format, { keyId: d.keyId, canonicalKeyId: d.canonicalKeyId, ...(role ? { role } : {}), keyType: `${d.publicKey.type} (${d.keySpec}, ${d.keyArn})`, publicKeyPem: d.publicKeyPem });
    }
    if (positionals.length !== 1)
        throw new CommandLineError("key inspect takes exactly one FILE");
    const text = await readInputFile(positionals[0], "key file", io.cwd);
    let info;
    if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
        const key = (0,key_file/* loadPrivateKey */.P)(text, await passphraseFor(text, io, "key file"));
        info = {
            keyId: key.keyId,
            canonicalKeyId: (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key.publicKey),
            ...(key.role ? { role: key.role } : {}),
            keyType: key.publicKey.type,
            publicKeyPem: (0,public_key/* publicKeyPem */.rY)(key.publicKey, key.role ? { role: key.role } : {}),
        };
    }
    else {
        const pub = (0,public_key/* parsePublicKey */.ee)(text);
        info = {
            keyId: pub.keyId,
            canonicalKeyId: pub.canonicalKeyId,
            ...(pub.role ? { role: pub.role } : {}),
            keyType: pub.publicKey.type,
            publicKeyPem: (0,public_key/* publicKeyPem */.rY)(pub.publicKey, pub.role ? { role: pub.role } : {}),
        };
    }
    return printKey(io, format, info);
}
function printKey(io, format, base) {
    // The same key as cosign, Kyverno and policy-controller read it: SPKI PEM without headers.
    const info = { ...base, cosignPublicKeyPem: (0,external_node_crypto_.createPublicKey)(withoutPemHeaders(base.publicKeyPem)).export({ type: "spki", format: "pem" }).toString() };
    if (format === "cosign")
        io.stdout(info.cosignPublicKeyPem);
    else if (format === "json")
        io.stdout(JSON.stringify(info, null, 2) + "\n");
    else {
        io.stdout(`Key ID:      ${info.keyId}\n`);
        if (info.canonicalKeyId !== info.keyId)
            io.stdout(`Canonical:   ${info.canonicalKeyId}\n`);
        io.stdout(`Key type:    ${info.keyType}\n`);
        if (info.role)
            io.stdout(`Signer name: ${info.role}\n`);
        io.stdout(`\n${info.publicKeyPem}`);
        io.stdout(`\nFor cosign verify --key (save as cosign.pub):\n${info.cosignPublicKeyPem}`);
    }
    return 0;
}
/** A PEM without `Name: value` header lines (Docker's `role:`), which OpenSSL refuses outside encrypted keys. */
function withoutPemHeaders(pem) {
    return pem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, "");
}

// EXTERNAL MODULE: ./src/tuf/canonical.ts
var tuf_canonical = __webpack_require__(5493);
// EXTERNAL MODULE: ./src/tuf/verify.ts
var verify = __webpack_require__(162);
;// CONCATENATED MODULE: ./src/workflows/admin/signers.ts
/**
 * Managing signers as `docker trust signer add/remove` do (docker/cli cli/command/trust
 * signer_add.go, signer_remove.go; docs/notary-protocol.md §7). A signer NAME is the delegation `targets/NAME`;
 * its keys are also keys of `targets/releases`, the role `docker pull` trusts. Both changes edit
 * `targets` only, so they are signed with the repository's targets key.
 *
 * `docker trust signer remove` is a no-op in Docker 28.2.2 (it only acts after an interactive
 * confirmation that is never asked for); this one does what its help says and warns when the
 * releases role is left without keys or its current content stops verifying.
 */











function sameContent(a, b) {
    return (0,tuf_canonical/* canonicalJson */.dj)((0,metadata/* signedJson */.H0)(a)) === (0,tuf_canonical/* canonicalJson */.dj)((0,metadata/* signedJson */.H0)(b));
}
async function targetsPlan(deps, set, next, now) {
    const current = set.targets.get("targets").signed;
    if (sameContent(current, next))
        return { files: new Map(), versions: new Map() };
    const signed = await (0,admin_update/* resign */.LD)(next, await (0,admin_update/* requireSigner */.Sz)(deps, set, "targets"), now);
    return { files: new Map([["targets", signed.bytes]]), versions: new Map([["targets", signed.version]]) };
}
function finish(deps, name, update) {
    const set = update.set;
    return {
        gun: set.gun,
        name,
        keyIds: (0,docker/* signerKeys */.dL)(set).find((s) => s.name === name)?.keyIds ?? [],
        published: update.published,
        targetsVersion: set.targets.get("targets").signed.version,
        unreleased: (0,admin_update/* lostReleases */.Ln)(update.before, (0,admin_update/* releasedTags */.JR)(set, (deps.now ?? Date.now)())),
        warnings: update.warnings,
        set,
    };
}
/** Adds keys to `targets/NAME` and `targets/releases` (creating them), as `docker trust signer add`. */
async function addSigner(deps, opts) {
    checkSignerName(opts.name);
    if (opts.keys.length === 0)
        throw new errors/* UsageError */.eb(`signer ${opts.name} needs at least one public key`, { hint: "give the signer's public key or AWS KMS key" });
    const role = `targets/${opts.name}`;
    let stale = false;
    const update = await (0,admin_update/* updateRepository */.Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, docker/* RELEASES */.pH],
        change: `signer ${opts.name}`,
        plan: async (set, now) => {
            const current = set.targets.get("targets").signed;
            stale = !(0,role_edits/* findDelegation */.Y$)(current, role) && set.snapshot?.signed.meta.has(role) === true;
            let next = (0,role_edits/* addDelegationKeys */.ok)(current, role, opts.keys);
            next = (0,role_edits/* addDelegationKeys */.ok)(next, docker/* RELEASES */.pH, opts.keys);
            return targetsPlan(deps, set, next, now);
        },
    });
    const result = finish(deps, opts.name, update);
    if (stale && update.published && !update.set.targets.has(role)) {
        // The server keeps the snapshot entry of a removed delegation; its old file does not verify
        // with the new keys, and signing into the role is refused until it is replaced.
        const m = `${role} of ${result.gun} still holds the file of an earlier signer named ${opts.name}, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`;
        result.warnings.push(m);
        deps.warn?.(m);
    }
    const want = opts.keys.map((k) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(k));
    const releases = (0,role_edits/* findDelegation */.Y$)(update.set.targets.get("targets").signed, docker/* RELEASES */.pH);
    const inReleases = new Set((releases?.keyIds ?? []).map((id) => update.set.targets.get("targets").signed.delegations.keys.get(id)).filter((k) => k).map((k) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(k)));
    if (!want.every((id) => result.keyIds.includes(id) && inReleases.has(id))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${result.gun}: after publishing, signer ${opts.name} does not list key ${want.map(tuf_keys/* shortId */.m_).join(", ")} in ${role} and ${docker/* RELEASES */.pH}`, {
            hint: "another writer changed the signers at the same time; inspect the repository and run it again",
        });
    }
    return result;
}
/**
 * Removes NAME's keys from `targets/releases` and the `targets/NAME` delegation. A removal that
 * breaks released tags (the last signer of targets/releases, or its content no longer verifying)
 * is asked about on a terminal and otherwise needs `force`, as `docker trust signer remove` asks.
 */
async function removeSigner(deps, opts) {
    checkSignerName(opts.name);
    const role = `targets/${opts.name}`;
    const warn = (m) => deps.warn?.(m);
    const notes = [];
    let confirmed = opts.force === true;
    const update = await (0,admin_update/* updateRepository */.Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, docker/* RELEASES */.pH],
        change: `removal of signer ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const signer = (0,role_edits/* findDelegation */.Y$)(targets, role);
            if (!signer) {
                const names = (targets.delegations.roles ?? []).map((r) => r.name.replace(/^targets\//, "")).filter((n) => n !== "releases");
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`);
            }
            const ids = signer.keyIds ?? [];
            let next = (0,role_edits/* removeDelegationKeys */.VP)(targets, docker/* RELEASES */.pH, ids);
            next = (0,role_edits/* removeDelegation */.XE)(next, role);
            notes.length = 0;
            notes.push(...releasesWarnings(set, opts.name, next));
            if (notes.length > 0 && !confirmed) {
                const what = `removing signer ${opts.name} from ${set.gun} breaks released tags: ${notes.join("; ")}`;
                if (!opts.confirm) {
                    throw new errors/* TrustError */.Ru("CONFIRMATION_REQUIRED", `${what}; nothing was published`, { hint: `run it on a terminal to confirm, or give ${(0,wording/* setting */.Pe)("force")}` });
                }
                if (!(await opts.confirm(`${what}. Remove ${opts.name} anyway? (y/N) `))) {
                    throw new errors/* TrustError */.Ru("CANCELLED", `signer ${opts.name} was not removed from ${set.gun}; nothing was published`);
                }
                confirmed = true;
            }
            return targetsPlan(deps, set, next, now);
        },
    });
    for (const n of notes)
        warn(n);
    const result = finish(deps, opts.name, update);
    result.warnings.push(...notes);
    if ((0,role_edits/* findDelegation */.Y$)(update.set.targets.get("targets").signed, role)) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, { hint: "another writer changed the signers at the same time; run it again" });
    }
    return result;
}
/** What removing a signer does to `targets/releases`: no keys left, or its content no longer verifying. */
function releasesWarnings(set, name, next) {
    const before = (0,role_edits/* findDelegation */.Y$)(set.targets.get("targets").signed, docker/* RELEASES */.pH);
    const after = (0,role_edits/* findDelegation */.Y$)(next, docker/* RELEASES */.pH);
    if (!before || !after)
        return [];
    const out = [];
    if ((before.keyIds ?? []).length > 0 && (after.keyIds ?? []).length === 0) {
        out.push(`${name} was the last signer of ${docker/* RELEASES */.pH} in ${set.gun}: nobody can sign releases until a signer is added (${(0,wording/* step */.PM)("signer-add", set.gun)})`);
    }
    const env = set.targets.get(docker/* RELEASES */.pH);
    if (env && env.signed.targets.size > 0) {
        try {
            (0,verify/* verifyThreshold */.V)(env, { name: docker/* RELEASES */.pH, keys: (0,verify/* pickKeys */.g)(next.delegations.keys, after.keyIds, docker/* RELEASES */.pH), threshold: after.threshold });
        }
        catch {
            const tags = [...env.signed.targets.keys()];
            out.push(`${docker/* RELEASES */.pH} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${docker/* RELEASES */.pH} signs it again (notary witness ${set.gun} ${docker/* RELEASES */.pH} -p)`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workflows/admin/new-repository.ts








async function createIn(session, config, hooks) {
    const notary = session.connection.notary;
    await assertNewRepository(notary);
    let rootKey;
    if (config.rootKey) {
        rootKey = (0,key_file/* loadPrivateKey */.P)(config.rootKey, config.rootKeyPassphrase).keyObject;
        const problem = rootKeyProblem(rootKey);
        if (problem)
            throw new errors/* UsageError */.eb(`root key: ${problem}`);
    }
    const written = [];
    const newKey = async (role) => {
        if (!session.directory)
            throw new errors/* UsageError */.eb(`a new ${role} key needs a key directory to be written to`, { hint: `give ${(0,wording/* setting */.Pe)("key-dir")}` });
        if (!hooks.newPassphrase)
            throw new errors/* UsageError */.eb(`no passphrase for the new ${role} key`, { hint: `give it in ${(0,wording/* setting */.Pe)("signer-key-passphrase")}` });
        const passphrase = await hooks.newPassphrase(role);
        const key = await session.directory.generate({ role, ...(role === "targets" ? { gun: session.gun } : {}), passphrase });
        written.push({ role, keyId: key.keyId, fileName: key.fileName });
        hooks.log?.(`Wrote the new ${role} key ${key.keyId} to the key directory`);
        return key.key;
    };
    rootKey ??= (await newKey("root")).keyObject;
    const targets = session.signers[0] ?? new key_file_signer/* KeyFileSigner */.Q(await newKey("targets"));
    const result = await initRepository({ notary, ...(hooks.log ? { log: hooks.log } : {}) }, { rootKey, targets, ...(config.signers ? { signers: config.signers } : {}) });
    return { ...result, written };
}
/** Creates a repository: root and targets keys given or made, the server's snapshot and timestamp keys. */
async function createRepository(config, hooks = {}) {
    return (0,session/* withAdminSession */.ac)(config, hooks, (session) => createIn(session, config, hooks));
}
/** `signer add --init`: creates the repository with the signer when it does not exist, else adds the signer. */
async function addSignerOrCreate(config, hooks, signer) {
    return (0,session/* withAdminSession */.ac)(config, hooks, async (session) => {
        if (await session.connection.notary.getMetadata("root")) {
            return addSigner(session.deps, { name: signer.name, keys: signer.keys, anchor: session.anchor });
        }
        hooks.log?.(`${session.gun} does not exist yet: creating it with signer ${signer.name}`);
        const created = await createIn(session, { ...config, signers: [{ name: signer.name, keys: signer.keys }] }, hooks);
        return {
            gun: session.gun,
            name: signer.name,
            keyIds: (0,docker/* signerKeys */.dL)(created.set).find((s) => s.name === signer.name)?.keyIds ?? [],
            published: true,
            targetsVersion: created.set.targets.get("targets").signed.version,
            unreleased: [],
            warnings: [],
            set: created.set,
            created,
        };
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts




const INIT_HELP = `Usage: content-trust init REPOSITORY [flags]

Creates a Notary repository as docker trust does: a root key with a self-signed certificate
for the repository, a targets (repository) key, and snapshot and timestamp keys held by the
server. New keys are written to the key directory as <key id>.key, encrypted, in Docker's
format, so docker trust and notary can use them. An existing repository is never touched.

Flags:
  --root-key FILE           an existing root key (ECDSA P-256) instead of a new one
${keyHelp("to use as the targets key")}
${ADMIN_FOOTER}`;
async function initCommand(args, io) {
    const { values, positionals } = parseFlags(args, { ...adminFlags, "root-key": { type: "string" } });
    if (positionals.length !== 1)
        throw new CommandLineError("init takes exactly one REPOSITORY", { hint: "content-trust init registry.example/app" });
    const root = await rootKeyOption(values["root-key"], io);
    const config = await adminConfig(values, io, positionals[0]);
    const result = await createRepository({ ...config, ...root }, { ...adminHooks(io), newPassphrase: newKeyPassphrase(io) });
    io.stdout(values.json ? JSON.stringify(initJson(result), null, 2) + "\n" : formatInit(result, result.set.gun, config.keyDir));
    return 0;
}

// EXTERNAL MODULE: ./src/workflows/admin/renew.ts
var renew = __webpack_require__(7523);
;// CONCATENATED MODULE: ./src/cli/commands/renew.ts






const RENEW_HELP = `Usage: content-trust renew REPOSITORY [flags]

Re-signs, unchanged and with a fresh expiry, every role the signing key can sign that
expires within the window: the signer's delegations, and targets with the targets key.
Meant for a scheduled job. Root is reported, not renewed.

Flags:
  --within DURATION         renew roles expiring within this: 6mo (default), 90d, 1y
  --expires DURATION        lifetime of the renewed roles: 3y (default), 18mo or a date
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function renewCommand(args, io) {
    const { values, positionals } = parseFlags(args, { ...adminFlags, within: { type: "string" }, expires: { type: "string" } });
    if (positionals.length !== 1)
        throw new CommandLineError("renew takes exactly one REPOSITORY", { hint: "content-trust renew registry.example/app" });
    const now = Date.now();
    const withinMs = values.within ? flagValue(() => (0,options/* parseExpiry */.rQ)(values.within, now, "within")) : undefined;
    const lifetimeMs = values.expires ? flagValue(() => (0,options/* parseExpiry */.rQ)(values.expires, now)) : undefined;
    const config = await adminConfig(values, io, positionals[0]);
    const result = await (0,session/* withAdminSession */.ac)(config, adminHooks(io), (s) => (0,renew/* renewRoles */.f)(s.deps, { anchor: s.anchor, ...(withinMs ? { withinMs } : {}), ...(lifetimeMs ? { lifetimeMs } : {}) }));
    io.stdout(values.json ? JSON.stringify(renewJson(result), null, 2) + "\n" : formatRenew(result));
    return 0;
}

// EXTERNAL MODULE: ./src/workflows/admin/revoke.ts
var revoke = __webpack_require__(5854);
;// CONCATENATED MODULE: ./src/cli/commands/revoke.ts






const REVOKE_HELP = `Usage: content-trust revoke IMAGE:TAG [flags]

Removes the tag from every role that holds it and that the signing key can sign
(targets/releases and the signer's delegation; targets too with the targets key), publishes,
and reads the repository back. A tag that is not signed is not an error.

Flags:
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function revokeCommand(args, io) {
    const { values, positionals } = parseFlags(args, adminFlags);
    if (positionals.length !== 1)
        throw new CommandLineError("revoke takes exactly one IMAGE:TAG", { hint: "content-trust revoke registry.example/app:v1" });
    const config = await adminConfig(values, io, positionals[0]);
    const result = await (0,session/* withAdminSession */.ac)(config, adminHooks(io), (s) => {
        if (!s.ref.tag)
            throw new errors/* UsageError */.eb(`${positionals[0]} has no tag to revoke`, { hint: `write it as ${s.gun}:TAG` });
        return (0,revoke/* revokeTag */.X)(s.deps, { tag: s.ref.tag, anchor: s.anchor });
    }, { allowTag: true });
    io.stdout(values.json ? JSON.stringify(revokeJson(result), null, 2) + "\n" : formatRevoke(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/signer.ts











const SIGNER_ADD_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [--key ...] [flags]
       content-trust signer add NAME REPOSITORY --aws-kms-key KEY [flags]

Delegates to signer NAME: its keys go into targets/NAME and targets/releases, as
docker trust signer add does. --key takes Docker's NAME.pub, a public key PEM or a
certificate; --aws-kms-key takes the signer's AWS KMS key (its public key is read from KMS).
With --init, a repository that does not exist is created first (see content-trust init).
Signed with the repository's targets key: --signer-key FILE, --signer-aws-kms-key KEY, or
found in the key directory by ID.

Flags:
  --key FILE                the signer's public key (repeatable)
  --aws-kms-key KEY         the signer's key in AWS KMS
  --init                    create the repository when it does not exist
  --root-key FILE           (with --init) an existing root key instead of a new one
${keyHelp("of the targets key", "--signer-aws-kms-key KEY")}
${ADMIN_FOOTER}`;
const SIGNER_REMOVE_HELP = `Usage: content-trust signer remove NAME REPOSITORY [flags]

Takes NAME's keys out of targets/releases and removes targets/NAME. When that leaves
targets/releases without keys or makes its tags stop verifying, it asks on a terminal and
otherwise refuses unless --force is given. Signed with the
repository's targets key: --signer-key FILE, --aws-kms-key KEY (or --signer-aws-kms-key KEY),
or found in the key directory by ID.

Flags:
  --force                   remove even when released tags stop verifying
${keyHelp("of the targets key")}
${ADMIN_FOOTER}`;
const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [flags]
       content-trust signer remove NAME REPOSITORY [flags]

Commands:
  add       add a signer (targets/NAME and targets/releases)
  remove    remove a signer

Run content-trust signer add --help or content-trust signer remove --help for their flags.`;
async function signerCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "add" && sub !== "remove")
        throw new CommandLineError(`unknown signer command ${JSON.stringify(sub ?? "")}`, { hint: "content-trust signer add|remove NAME REPOSITORY" });
    const { values, positionals } = parseFlags(rest, { ...adminFlags, key: { type: "string", multiple: true }, init: { type: "boolean" }, force: { type: "boolean" }, "root-key": { type: "string" }, "signer-aws-kms-key": { type: "string" } });
    if (sub === "add" && values.force)
        throw new CommandLineError("signer add takes no --force");
    if (positionals.length !== 2)
        throw new errors/* UsageError */.eb(`signer ${sub} takes NAME and REPOSITORY`, { hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}` });
    const [name, repository] = positionals;
    const hooks = adminHooks(io);
    if (sub === "remove") {
        if (values.key || values.init)
            throw new CommandLineError("signer remove takes no --key or --init");
        const force = values.force ?? false;
        const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
        const config = await adminConfig(values, io, repository, { file: "signer-key", kms: kmsFlag });
        const result = await (0,session/* withAdminSession */.ac)(config, hooks, (s) => removeSigner(s.deps, { name, anchor: s.anchor, force, ...(io.confirm ? { confirm: io.confirm } : {}) }));
        io.stdout(values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("remove", result));
        return 0;
    }
    const config = await adminConfig(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
    const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], values["aws-region"], name, io);
    if (values["root-key"] && !values.init)
        throw new CommandLineError("--root-key is for creating a repository", { hint: "add --init" });
    const result = values.init
        ? await addSignerOrCreate({ ...config, ...(await rootKeyOption(values["root-key"], io)) }, { ...hooks, newPassphrase: newKeyPassphrase(io) }, { name, keys })
        : await (0,session/* withAdminSession */.ac)(config, hooks, (s) => addSigner(s.deps, { name, keys, anchor: s.anchor }));
    io.stdout(values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("add", result));
    return 0;
}
async function signerKeysOf(files, kmsKey, region, name, io) {
    if (files.length === 0 && !kmsKey)
        throw new errors/* UsageError */.eb(`signer add ${name} needs the signer's public key`, { hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY" });
    const keys = [];
    for (const file of files)
        keys.push((0,public_key/* parsePublicKey */.ee)(await readInputFile(file, "public key", io.cwd), { now: new Date() }).publicKey);
    if (kmsKey)
        keys.push((await (0,kms_signer.inspectKmsKey)({ keyId: kmsKey, region, ...kmsProxyOption(io) })).publicKey);
    return keys;
}

// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/workflows/run-sign.ts + 3 modules
var run_sign = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/cli/commands/sign.ts









const SIGN_HELP = `Usage: content-trust sign IMAGE[:TAG][@DIGEST] [flags]

Signs the tag(s) of an image pushed to a registry into its Notary repository, then
verifies what the server serves.

Flags:
  --signer-key FILE         private key file (Docker/notary key file or PEM)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --signer-name NAME        delegation name (default: the key file's role header)
  --tags LIST               more tags to sign to the same digest (comma separated, repeatable)
  --digest sha256:HEX       the pushed digest; every tag in the registry must point to it
  --roles LIST              roles to sign into instead of every delegation holding the key
  --expires DURATION        lifetime of the signed roles: 3y (default), 18mo, 90d or a date
  --oci-signature KIND      none (default) or cosign: also sign the digest as cosign does, with the same key
${CONNECTION_HELP}
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else a
prompt on a terminal.`;
async function signCommand(args, io) {
    const { values, positionals } = parseFlags(args, {
        ...connectionFlags,
        "signer-key": { type: "string" },
        "aws-kms-key": { type: "string" },
        "aws-region": { type: "string" },
        "signer-name": { type: "string" },
        tags: { type: "string", multiple: true },
        digest: { type: "string" },
        roles: { type: "string", multiple: true },
        expires: { type: "string" },
        "require-root-pin": { type: "boolean" },
        "oci-signature": { type: "string" },
        json: { type: "boolean" },
    });
    if (positionals.length !== 1)
        throw new CommandLineError("sign takes exactly one IMAGE", { hint: "content-trust sign registry.example/app:v1 --signer-key key.pem" });
    flagValue(() => (0,reference/* parseReference */.F2)(positionals[0]));
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new CommandLineError("sign needs --signer-key FILE or --aws-kms-key KEY");
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const ociSignature = flagValue(() => (0,run_sign/* parseOciSignature */.pK)(values["oci-signature"], "--oci-signature"));
    const conn = await connectionOptions(values, io);
    const result = await (0,run_sign/* runSign */.tl)({
        ...conn,
        image: positionals[0],
        tags: (values.tags ?? []).flatMap(options/* splitList */.ry),
        ...(values.digest ? { digest: flagValue(() => (0,options/* parseDigest */.m)(values.digest)) } : {}),
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        ...(values["signer-name"] ? { signerName: values["signer-name"] } : {}),
        roles: (values.roles ?? []).flatMap(options/* splitList */.ry),
        ...(values.expires ? { expiresInMs: flagValue(() => (0,options/* parseExpiry */.rQ)(values.expires, Date.now())) } : {}),
        ...(values["root-key-id"] ? { rootKeyIds: flagValue(() => (0,options/* parseKeyIds */.ll)(values["root-key-id"].join(","))) } : {}),
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: first_use/* PIN_FLAGS */._,
        ociSignature,
    }, { log: (m) => io.stderr(`${m}\n`), warn: warnOnce(io) });
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else
        io.stdout(formatSign(result));
    return 0;
}

// EXTERNAL MODULE: ./src/workflows/run-verify.ts + 8 modules
var run_verify = __webpack_require__(2898);
// EXTERNAL MODULE: ./src/workflows/verify-accept.ts
var verify_accept = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/workflows/verify-policy.ts
var verify_policy = __webpack_require__(5276);
// EXTERNAL MODULE: ./src/workflows/verify-report.ts
var verify_report = __webpack_require__(1572);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * Progress on stderr while a command works: on a terminal, one live line rewritten in place; in
 * CI or when stderr is not a terminal, plain lines, one per event. Results still go to stdout.
 */

function progressOn(io) {
    if (!io.stderrIsTerminal)
        return { line: (t) => io.stderr(`${printable(t)}\n`), done: () => { } };
    let live = false;
    const width = Math.max(20, (io.columns ?? 80) - 1);
    return {
        line(text) {
            const t = printable(text);
            io.stderr(`\r\x1b[K${t.length > width ? `${t.slice(0, width - 1)}…` : t}`);
            live = true;
        },
        done() {
            if (live)
                io.stderr("\r\x1b[K");
            live = false;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts











const VERIFY_HELP = `Usage: content-trust verify [IMAGE...] [--dockerfile FILE...] [flags]

Checks that images (given, or the FROM lines of Dockerfiles) are signed as the policy requires.
Exit code 1 when any image fails.

Flags:
  --dockerfile PATH         Dockerfile path or glob (repeatable)
  --build-arg NAME=VALUE    ARG override for the Dockerfiles (repeatable)
  --signers LIST            signers that must each have signed the tag with the same digest
  --allow-unsigned PATTERN  repositories allowed without trust data (repeatable; * and **)
  --notary-servers LIST     registry-host=url lines for images from several registries
  --root-key-id PIN         repository=keyid, or one key ID for all (repeatable)
  --pin                     write the verified digests into the Dockerfiles
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --accept MODE             notary (default), cosign, any or all; or pattern=mode (repeatable)
  --cosign-key FILE|ARN     public key PEM file, or AWS KMS key ARN, for cosign signatures
${CONNECTION_HELP.split("\n").filter((l) => !l.includes("--root-key-id")).join("\n")}
  --json                    print the result as JSON
  --markdown                print the result as a Markdown table`;
/** What the RESULT column says: an image let through unchecked never reads as passed. */
const VERDICT = { passed: "ok", allowed: "not checked", failed: "FAIL" };
async function verifyCommand(args, io) {
    const { values, positionals } = parseFlags(args, {
        ...connectionFlags,
        dockerfile: { type: "string", multiple: true },
        "build-arg": { type: "string", multiple: true },
        signers: { type: "string", multiple: true },
        "allow-unsigned": { type: "string", multiple: true },
        "notary-servers": { type: "string", multiple: true },
        pin: { type: "boolean" },
        "require-root-pin": { type: "boolean" },
        accept: { type: "string", multiple: true },
        "cosign-key": { type: "string" },
        json: { type: "boolean" },
        markdown: { type: "boolean" },
    });
    if (positionals.length === 0 && !values.dockerfile?.length)
        throw new CommandLineError("verify needs IMAGE arguments or --dockerfile");
    const accept = flagValue(() => (0,verify_accept/* parseAccept */.cN)(values.accept ?? [], "--accept"));
    const keyArg = values["cosign-key"];
    const cosignKey = keyArg === undefined ? undefined : keyArg.startsWith("arn:") ? keyArg : await readInputFile(keyArg, "cosign key", io.cwd);
    const { notaryServer, ...conn } = await connectionOptions({ ...values, "root-key-id": undefined }, io);
    const progress = progressOn(io);
    let finished = 0;
    const warned = new Set();
    const run = await (0,run_verify/* runVerify */.R)({
        ...conn,
        ...(notaryServer ? { notaryServer } : {}),
        images: positionals.join("\n"),
        dockerfiles: (values.dockerfile ?? []).join("\n"),
        buildArgs: flagValue(() => (0,verify_policy/* parseBuildArgs */.NQ)(values["build-arg"] ?? [])),
        cwd: io.cwd,
        notaryServers: flagValue(() => (0,verify_policy/* parseNotaryServers */.bI)((values["notary-servers"] ?? []).flatMap((v) => v.split(",")))),
        signers: (values.signers ?? []).flatMap(options/* splitList */.ry),
        rootKeyPins: flagValue(() => (0,verify_policy/* parseRootKeyPins */.$o)(values["root-key-id"] ?? [])),
        allowUnsigned: values["allow-unsigned"] ?? [],
        pin: values.pin ?? false,
        accept,
        ...(cosignKey ? { cosignKey, cosignKeyName: "--cosign-key" } : {}),
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: first_use/* PIN_FLAGS */._,
    }, {
        log: (m) => progress.line(m),
        warn: (m) => {
            if (warned.has(m))
                return;
            warned.add(m);
            progress.done();
            io.stderr(`warning: ${printable(m)}\n`);
        },
        onResult: (r) => progress.line(`[${++finished}] ${VERDICT[(0,verify_report/* verdictOf */.Vj)(r)]} ${r.reference}${r.file ? ` (${r.file}:${r.line})` : ""}${r.passed ? "" : `: ${r.reason}`}`),
    });
    progress.done();
    for (const { file, outcome } of run.pinned)
        for (const u of outcome.unpinned)
            io.stderr(`warning: not pinned ${file}:${u.line}: ${printable(u.reason)}\n`);
    if (values.json)
        io.stdout(run.outputs.result + "\n");
    else if (values.markdown)
        io.stdout((0,verify_report/* summaryTable */.jb)(run.results) + "\n");
    else {
        const rows = run.results.map((r) => [
            VERDICT[(0,verify_report/* verdictOf */.Vj)(r)],
            r.file ? `${r.reference} (${r.file}:${r.line})` : r.reference,
            r.digest ? r.digest.slice(0, 19) + "…" : "",
            r.accepted ? `${r.signers.join(", ")}${r.signers.length ? " " : ""}[${r.accepted}]` : r.signers.join(", "),
            r.reason === "OK" ? "" : (0,verify_report/* detailOf */.Rw)(r),
        ]);
        io.stdout(table(["RESULT", "IMAGE", "DIGEST", "SIGNERS", "REASON"], rows));
        for (const { file, outcome } of run.pinned)
            for (const p of outcome.pinned)
                io.stdout(`pinned ${file}:${p.line}: ${p.to}\n`);
    }
    return run.passed ? 0 : 1;
}

// EXTERNAL MODULE: ./src/workflows/handover.ts
var handover = __webpack_require__(427);
// EXTERNAL MODULE: ./src/workflows/migrate.ts
var migrate = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/workflows/run-migrate.ts
var run_migrate = __webpack_require__(9263);
;// CONCATENATED MODULE: ./src/cli/commands/migrate.ts









const MIGRATE_HELP = `Usage: content-trust migrate REPOSITORY [flags]

Backfills cosign signatures: every tag released in Notary whose trust verifies (as verify
checks it) gets a cosign signature by this key for its digest, stored as cosign stores it
(REPOSITORY:sha256-<hex>.sig). Each digest is signed once; digests already signed by this key
are left alone, so running it again writes nothing and a stopped run can simply be restarted.
Nothing is written for a tag whose Notary trust does not verify.

Flags:
  --signer-key FILE         private key file (the Notary signer key)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --aws-region REGION       region of the KMS key when it is not an ARN
  --signers LIST            signers that must each hold a tag for it to count as verified
  --concurrency N           digests handled at once (default 4, at most 16)
  --max-writes N            stop after writing N signatures (run again to go on)
  --dry-run                 check and report; write nothing
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, or a prompt on a terminal.`;
const LABELS = { "already-signed": "already signed", signed: "signed now", "would-sign": "would sign", skipped: "skipped", failed: "failed" };
async function migrateCommand(args, io) {
    const { values, positionals } = parseFlags(args, {
        ...connectionFlags,
        "signer-key": { type: "string" },
        "aws-kms-key": { type: "string" },
        "aws-region": { type: "string" },
        signers: { type: "string", multiple: true },
        concurrency: { type: "string" },
        "max-writes": { type: "string" },
        "dry-run": { type: "boolean" },
        "require-root-pin": { type: "boolean" },
        json: { type: "boolean" },
    });
    if (positionals.length !== 1)
        throw new CommandLineError("migrate takes exactly one REPOSITORY", { hint: "content-trust migrate registry.example/app --signer-key key.pem" });
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new CommandLineError("migrate needs --signer-key FILE or --aws-kms-key KEY");
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
        throw new CommandLineError(`--concurrency ${values.concurrency} is not a number from 1 to 16`);
    const maxWrites = values["max-writes"] === undefined ? undefined : Number(values["max-writes"]);
    if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
        throw new CommandLineError(`--max-writes ${values["max-writes"]} is not a whole number`);
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const conn = await connectionOptions(values, io);
    const progress = progressPrinter(io);
    const result = await (0,run_migrate/* runMigrate */.f)({
        ...conn,
        repository: positionals[0],
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        signers: (values.signers ?? []).flatMap(options/* splitList */.ry),
        ...(values["root-key-id"] ? { rootKeyIds: flagValue(() => (0,options/* parseKeyIds */.ll)(values["root-key-id"].join(","))) } : {}),
        ...(values["dry-run"] ? { dryRun: true } : {}),
        ...(concurrency ? { concurrency } : {}),
        ...(maxWrites !== undefined ? { maxWrites } : {}),
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: first_use/* PIN_FLAGS */._,
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
    }, { onProgress: progress.update, warn: (m) => io.stderr(`warning: ${printable(m)}\n`) });
    progress.end();
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else {
        const c = result.counts;
        io.stdout(`${result.gun}: ${result.rows.length} tag(s), ${result.digests} digest(s): ${(0,migrate/* formatMigrateCounts */.H)(c)}\n\n`);
        io.stdout(table(["TAG", "DIGEST", "COSIGN SIGNATURE", "WHY"], result.rows.map((r) => [r.tag, r.digest ? `${r.digest.slice(0, 19)}…` : "", LABELS[r.status], r.reason ?? ""])));
        io.stdout(`\n${(0,handover/* formatVerifierConfigs */.p)(result.verifiers)}\n`);
    }
    return result.counts.failed > 0 ? 1 : 0;
}
/** A bar redrawn in place on a terminal; one line per digest otherwise (CI logs). */
function progressPrinter(io) {
    let drawn = false;
    return {
        update(p) {
            if (io.stderrIsTerminal) {
                const width = 30;
                const filled = Math.round((p.done / Math.max(1, p.total)) * width);
                io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${p.done}/${p.total} ${LABELS[p.status]}`.padEnd(70));
                drawn = true;
            }
            else {
                io.stderr(`[${p.done}/${p.total}] ${p.digest.slice(0, 19)}… (${printable(p.tags.slice(0, 3).join(", "))}${p.tags.length > 3 ? ", …" : ""}): ${LABELS[p.status]}${p.reason ? ` (${printable(p.reason)})` : ""}\n`);
            }
        },
        end() {
            if (drawn)
                io.stderr("\n");
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/words.ts
/** The CLI's vocabulary: settings are flags (or the environment variables that hold secrets). */

const CLI_WORDS = {
    setting: {
        image: "IMAGE",
        images: "IMAGE arguments",
        repository: "REPOSITORY",
        dockerfile: "--dockerfile",
        "build-args": "--build-arg NAME=VALUE",
        signers: "--signers",
        "allow-unsigned": "--allow-unsigned",
        pin: "--pin",
        tags: "--tags",
        digest: "--digest",
        roles: "--roles",
        expires: "--expires",
        within: "--within",
        "signer-key": "--signer-key FILE",
        "signer-key-passphrase": "CONTENT_TRUST_PASSPHRASE",
        "signer-name": "--signer-name",
        "aws-kms-key": "--aws-kms-key",
        "aws-region": "--aws-region",
        "root-key-id": "--root-key-id",
        "notary-server": "--notary-server",
        "notary-servers": "--notary-servers",
        "ca-cert": "--ca-cert",
        "registry-username": "--registry-username",
        "registry-password": "CONTENT_TRUST_REGISTRY_PASSWORD",
        timeout: "--timeout",
        deadline: "--deadline",
        "trust-cache": "--trust-dir",
        "insecure-registries": "--insecure-registry",
        "key-dir": "--key-dir DIR",
        force: "--force",
        accept: "--accept",
        "cosign-key": "--cosign-key",
        "oci-signature": "--oci-signature",
    },
    step: (step, subject) => {
        switch (step) {
            case "sign":
                return `content-trust sign ${subject ?? "IMAGE"}`;
            case "renew":
                return `content-trust renew ${subject ?? "REPOSITORY"}`;
            case "revoke":
                return `content-trust revoke ${subject ?? "IMAGE:TAG"}`;
            case "init":
                return `content-trust init ${subject ?? "REPOSITORY"}`;
            case "signer-add":
                return `content-trust signer add NAME ${subject ?? "REPOSITORY"} --key NAME.pub`;
            case "migrate":
                return `content-trust migrate ${subject ?? "REPOSITORY"}`;
            case "key-inspect":
                return "the public key PEM that content-trust key inspect KEYFILE prints";
        }
    },
    phrase: {
        "base-directory": "the current directory",
        "aws-credentials": "configure AWS credentials (aws configure or aws sso login, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        "trust-store": "the trust directory (--trust-dir, default $DOCKER_CONFIG/trust)",
    },
};
/** A line in the CLI's words. */
const words = (text) => (0,wording/* render */.XX)(text, CLI_WORDS);

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Every line it prints is rendered in the CLI's words (flags, commands).
 */














const EXIT_CODES = `Exit codes:
  0  success (verify: every image passed or was allowed unsigned)
  1  the command failed: verification failed, a server, key, passphrase or credential problem
  2  the command line is wrong: unknown command or flag, missing or extra arguments, a bad flag value`;
const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  verify IMAGE...     check images or Dockerfile FROM lines against a signing policy
  key inspect FILE    show a key's ID and the public key for docker trust signer add
  migrate REPO        give every verified released tag a cosign signature by the same key
  version             print the version (also --version)

Administer a repository:
  init REPO                          create a repository (root, targets and server keys)
  signer add NAME REPO --key PUB     add a signer (targets/NAME and targets/releases)
  signer remove NAME REPO            remove a signer
  revoke IMAGE:TAG                   remove a signed tag
  renew REPO                         re-sign roles that expire soon
  key rotate-signer NAME REPO        replace a signer's key without breaking released tags

Run content-trust COMMAND --help for its flags.

${EXIT_CODES}`;
const COMMANDS = {
    sign: { run: signCommand, help: SIGN_HELP },
    inspect: { run: inspectCommand, help: INSPECT_HELP },
    verify: { run: verifyCommand, help: VERIFY_HELP },
    key: { run: keyCommand, help: KEY_HELP, sub: { inspect: KEY_INSPECT_HELP, "rotate-signer": ROTATE_SIGNER_HELP } },
    init: { run: initCommand, help: INIT_HELP },
    signer: { run: signerCommand, help: SIGNER_HELP, sub: { add: SIGNER_ADD_HELP, remove: SIGNER_REMOVE_HELP } },
    revoke: { run: revokeCommand, help: REVOKE_HELP },
    renew: { run: renewCommand, help: RENEW_HELP },
    migrate: { run: migrateCommand, help: MIGRATE_HELP },
};
/** The help of `name args…`: a subcommand's own when one is named. */
function helpOf(command, args) {
    const sub = args[0] !== undefined ? command.sub?.[args[0]] : undefined;
    return sub ?? command.help;
}
async function main(argv, rawIo) {
    const io = { ...rawIo, stdout: (t) => rawIo.stdout(words(t)), stderr: (t) => rawIo.stderr(words(t)) };
    const [name, ...args] = argv;
    if (name === "--version" || name === "-v" || name === "version") {
        io.stdout(`content-trust ${version/* VERSION */.x}\n`);
        return 0;
    }
    if (!name || name === "--help" || name === "-h" || name === "help") {
        (name ? io.stdout : io.stderr)(HELP + "\n");
        return name ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
        return 2;
    }
    if (args.includes("--help") || args.includes("-h")) {
        io.stdout(helpOf(command, args) + "\n");
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (err) {
        const label = command.sub?.[args[0] ?? ""] !== undefined ? `${name} ${args[0]}` : name;
        io.stderr(`content-trust ${label}: ${describeForCli(err)}\n`);
        if (err instanceof CommandLineError) {
            io.stderr(`\n${helpOf(command, args)}\n`);
            return 2;
        }
        if (!(err instanceof errors/* TrustError */.Ru) && io.env.CONTENT_TRUST_DEBUG)
            io.stderr(`${err.stack ?? ""}\n`);
        return 1;
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
var external_node_readline_default = /*#__PURE__*/__webpack_require__.n(external_node_readline_);
;// CONCATENATED MODULE: ./src/cli/prompt.ts
/** A hidden-input prompt on the controlling terminal. */

/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
function terminalConfirm() {
    if (!process.stdin.isTTY || !process.stderr.isTTY)
        return undefined;
    return (question) => new Promise((resolve) => {
        const rl = external_node_readline_default().createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        rl.question(question, (answer) => {
            rl.close();
            resolve(/^\s*y(es)?\s*$/i.test(answer));
        });
        rl.on("SIGINT", () => {
            rl.close();
            resolve(false);
        });
    });
}
function terminalPrompt() {
    if (!process.stdin.isTTY || !process.stderr.isTTY)
        return undefined;
    return (question) => new Promise((resolve, reject) => {
        const rl = external_node_readline_default().createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        const out = rl;
        let asked = false;
        out._writeToOutput = (s) => {
            if (!asked) {
                process.stderr.write(s);
                asked = true;
            }
        };
        rl.question(question, (answer) => {
            rl.close();
            process.stderr.write("\n");
            resolve(answer);
        });
        rl.on("SIGINT", () => {
            rl.close();
            reject(new Error("cancelled"));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `content-trust` executable.




const promptSecret = terminalPrompt();
const cli_confirm = terminalConfirm();
main(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
    columns: process.stderr.columns || 80,
    ...(promptSecret ? { promptSecret } : {}),
    ...(cli_confirm ? { confirm: cli_confirm } : {}),
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(words(`content-trust: ${(0,errors/* describeError */.Uc)(err)}\n`));
    process.exitCode = 1;
});


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renewRoles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6408);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9130);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/**
 * Renewing before expiry, for a scheduled job: every targets role one of our keys can sign (the
 * delegations whose keys we hold, and `targets` with the targets key) that expires within the
 * window is re-signed unchanged with version + 1 and a fresh expiry in Go's form. An expired
 * delegation makes its tags disappear for readers, an expired `targets` the whole repository; the
 * Go client only warns (client/helpers.go warnRolesNearExpiry), so nothing else renews them.
 * Root is not renewed here (that takes the root key and, once its certificate runs out, a root
 * rotation); it is reported when it expires within the window.
 */






async function renewRoles(deps, opts = {}) {
    const withinMs = opts.withinMs ?? _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RENEW_WINDOW_MS */ .g0;
    const lifetimeMs = opts.lifetimeMs ?? _update_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS_LIFETIME_MS */ .C7;
    if (lifetimeMs <= withinMs) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the new lifetime (${Math.round(lifetimeMs / 86400_000)} days) must be longer than the renewal window (${Math.round(withinMs / 86400_000)} days)`, {
            hint: `otherwise every run renews again; lengthen ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("expires")} or shorten ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("within")}`,
        });
    }
    let lastChange;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: "the renewal",
        plan: async (set, now) => {
            const plan = { files: new Map(), versions: new Map(), previous: new Map() };
            const loaded = new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .walkRoles */ .xM)(set).map((r) => r.name));
            for (const e of (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs)) {
                if (e.role === "root" || !loaded.has(e.role))
                    continue;
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .findSigner */ .EP)(deps, set, e.role);
                if (!signer)
                    continue;
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .resign */ .LD)(set.targets.get(e.role).signed, signer, now, lifetimeMs);
                plan.files.set(e.role, signed.bytes);
                plan.versions.set(e.role, signed.version);
                plan.previous.set(e.role, (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(e.expiresAt));
            }
            if (plan.files.size > 0)
                lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    const plan = update.published && lastChange ? lastChange : update.plan;
    const renewed = [...plan.previous].map(([role, previousExpires]) => {
        const env = set.targets.get(role);
        return { role, version: env?.signed.version ?? 0, previousExpires, expires: env ? (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(env.expiresAt) : "" };
    });
    const lost = (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .lostReleases */ .Ln)(update.before, (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .releasedTags */ .JR)(set, (deps.now ?? Date.now)()));
    if (lost.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}: after renewing, ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; another writer may have changed it at the same time" });
    }
    const now = (deps.now ?? Date.now)();
    const notRenewed = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs).map((e) => ({ role: e.role, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(e.expiresAt), expired: e.expired }));
    const warnings = [...update.warnings];
    for (const e of (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs)) {
        const m = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now);
        if (!warnings.includes(m)) {
            warnings.push(m);
            deps.warn?.(m);
        }
    }
    if (plan.files.size === 0 && !update.published)
        deps.log?.(`Nothing of ${set.gun} that our keys can sign expires before ${(0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(now + withinMs)}`);
    return { gun: set.gun, renewed, notRenewed, published: update.published, warnings, set };
}


/***/ }),

/***/ 5854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ revokeTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1575);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/**
 * Revoking a tag (docker/cli cli/command/trust/revoke.go): remove it from every role that holds it
 * and that one of our keys can sign, publish, and read back. Docker removes it from the direct
 * delegations of `targets` it holds keys for; with the targets key, `targets` itself is included,
 * as are deeper delegations we hold keys for. A tag that is not signed anywhere is not an error.
 */





async function revokeTag(deps, opts) {
    const { tag } = opts;
    let lastChange;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: `the revocation of ${tag}`,
        plan: async (set, now) => {
            const plan = { files: new Map(), versions: new Map(), removed: [], held: [] };
            const holding = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .walkRoles */ .xM)(set).map((r) => r.name).filter((role) => set.targets.get(role).signed.targets.has(tag));
            for (const role of holding) {
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .findSigner */ .EP)(deps, set, role);
                if (!signer) {
                    plan.held.push(role);
                    continue;
                }
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .resign */ .LD)((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTarget */ .iS)(set.targets.get(role).signed, tag), signer, now);
                plan.files.set(role, signed.bytes);
                plan.versions.set(role, signed.version);
                plan.removed.push(role);
            }
            // Roles we cannot sign that still list the tag are an error only while one of them releases
            // it: a run that finds the tag left only in another signer's own role (docker pull ignores
            // those) has nothing to do, so revoking again succeeds.
            const releasedBy = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, tag)?.role;
            if (plan.removed.length === 0 && releasedBy !== undefined && plan.held.includes(releasedBy)) {
                const roles = plan.held.map((r) => `${r}: ${(0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .roleKeys */ .BO)(set, r)?.keys ?? new Map())}`).join("; ");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${set.gun}:${tag} is signed in roles none of ${deps.keyring.sources} can sign (${roles})`, {
                    hint: `give a key of one of these roles with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("aws-kms-key")}`,
                });
            }
            if (plan.files.size > 0)
                lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    // After a lost answer the last plan is empty (the upload had landed): report the change made.
    const { removed, held } = update.published && lastChange ? lastChange : update.plan;
    const stillIn = removed.filter((role) => set.targets.get(role)?.signed.targets.has(tag));
    if (stillIn.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}:${tag} is still in ${stillIn.join(", ")} after publishing`, {
            hint: "another signer signed the tag again at the same time; inspect the repository",
        });
    }
    const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, tag);
    const warnings = [...update.warnings];
    if (released) {
        const m = `${set.gun}:${tag} is still released by ${released.role} (sha256:${released.digest.slice(0, 12)}…), which none of ${deps.keyring.sources} can sign`;
        warnings.push(m);
        deps.warn?.(m);
    }
    if (removed.length === 0 && held.length === 0)
        deps.log?.(`${set.gun}:${tag} is not signed: nothing to revoke`);
    const stillHeld = held.filter((role) => set.targets.get(role)?.signed.targets.has(tag) && role !== released?.role);
    if (stillHeld.length > 0) {
        deps.log?.(`${set.gun}:${tag} is still listed by ${stillHeld.join(", ")}, which none of ${deps.keyring.sources} can sign; docker pull does not trust ${stillHeld.length > 1 ? "those roles" : "that role"}`);
    }
    return {
        gun: set.gun,
        tag,
        removedFrom: removed,
        heldBy: held,
        ...(released ? { stillReleasedBy: released.role } : {}),
        published: update.published,
        warnings,
        set,
    };
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ verifierConfigs),
/* harmony export */   p: () => (/* binding */ formatVerifierConfigs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The verifier configurations users paste once their images carry cosign signatures by their
 * Notary key: `cosign verify`, a Kyverno ClusterPolicy (verifyImages with publicKeys), a sigstore
 * policy-controller ClusterImagePolicy and a Connaisseur validator. Keys without a transparency
 * log entry: each one is told not to require Rekor. Pure text.
 */

/** `image` is a repository name (`registry.example/app`); `pattern` the glob policies match. */
function verifierConfigs(publicKeyPem, image) {
    const pem = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(publicKeyPem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, "")).export({ type: "spki", format: "pem" }).toString();
    const indented = (n) => pem.trimEnd().split("\n").map((l) => `${" ".repeat(n)}${l}`).join("\n");
    const pattern = `${image}*`;
    const name = image.split("/").at(-1).replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "") || "images";
    return {
        publicKeyPem: pem,
        cosign: `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${image}:TAG`,
        kyverno: [
            "apiVersion: kyverno.io/v1",
            "kind: ClusterPolicy",
            "metadata:",
            `  name: verify-${name}`,
            "spec:",
            "  validationFailureAction: Enforce",
            "  webhookTimeoutSeconds: 30",
            "  rules:",
            "    - name: cosign-key",
            "      match:",
            "        any:",
            "          - resources:",
            "              kinds: [Pod]",
            "      verifyImages:",
            "        - imageReferences:",
            `            - "${pattern}"`,
            "          attestors:",
            "            - entries:",
            "                - keys:",
            "                    publicKeys: |-",
            indented(22),
            "                    rekor:",
            "                      ignoreTlog: true",
            "                    ctlog:",
            "                      ignoreSCT: true",
            "",
        ].join("\n"),
        policyController: [
            "apiVersion: policy.sigstore.dev/v1beta1",
            "kind: ClusterImagePolicy",
            "metadata:",
            `  name: ${name}-cosign-key`,
            "spec:",
            "  images:",
            `    - glob: "${pattern}"`,
            "  authorities:",
            "    - key:",
            "        hashAlgorithm: sha256",
            "        data: |",
            indented(10),
            "      # no ctlog: these signatures have no transparency log entry to check",
            "",
        ].join("\n"),
        connaisseur: [
            "# Connaisseur 3.x helm values (2.x: validators and policy at the top level)",
            "application:",
            "  validators:",
            `    - name: ${name}`,
            "      type: cosign",
            "      trustRoots:",
            "        - name: default",
            "          key: |",
            indented(12),
            "  policy:",
            `    - pattern: "${pattern}:*"`,
            `      validator: ${name}`,
            "      with:",
            "        trustRoot: default",
            "        verifyInTransparencyLog: false",
            "",
        ].join("\n"),
    };
}
function formatVerifierConfigs(c) {
    return [
        "Public key for cosign and admission controllers (save as cosign.pub):",
        c.publicKeyPem.trimEnd(),
        "",
        "cosign:",
        `  ${c.cosign}`,
        "",
        "Kyverno:",
        c.kyverno,
        "sigstore policy-controller:",
        c.policyController,
        "Connaisseur (helm values):",
        c.connaisseur,
    ].join("\n");
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatMigrateCounts),
/* harmony export */   _: () => (/* binding */ migrate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _cosign_attach_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2734);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5399);
/* harmony import */ var _verify_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1324);
/**
 * Migrate (backfill): for every tag released in Notary whose trust verifies as `verify` checks it
 * (verify-check.ts, the same rules), make sure a cosign signature by our key exists for its digest
 * (cosign-attach.ts). Each digest is signed once however many tags name it; nothing is written for
 * a tag whose Notary trust does not verify, nor for a digest the registry no longer has.
 * Idempotent and so resumable: a digest that already carries a valid signature by this key is
 * left alone, so a second run (or a run after one stopped half-way) writes only what is missing.
 * Digests are handled `concurrency` at a time; each one reports progress.
 */





/** `3 signed now, 1 already signed, 2 skipped, 0 failed` (with "N would sign" on a dry run). */
function formatMigrateCounts(c) {
    const wouldSign = c["would-sign"] ? `${c["would-sign"]} would sign, ` : "";
    return `${c.signed} signed now, ${c["already-signed"]} already signed, ${wouldSign}${c.skipped} skipped, ${c.failed} failed`;
}
async function migrate(deps, opts) {
    const now = deps.now ?? Date.now;
    const image = { registry: opts.image.registry, apiHost: opts.image.apiHost, repository: opts.image.repository, name: opts.image.name };
    const { set } = await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .V)(deps.notary, { ...(opts.anchor ?? {}), now: now(), hints: ["targets/releases"], ...(deps.onWarning ? { onWarning: deps.onWarning } : {}), ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}) });
    const tags = [...new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set).map((e) => e.tag))].sort(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .naturalCompare */ .p0);
    const rows = new Map();
    const byDigest = new Map();
    for (const tag of tags) {
        const verdict = (0,_verify_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkImage */ .cd)(set, { ...image, tag }, opts.signers ?? []);
        if (verdict.reason !== "OK" || !verdict.digest) {
            rows.set(tag, { tag, digest: verdict.digest ?? "", status: "skipped", reason: `${verdict.reason}: ${verdict.message}` });
            continue;
        }
        rows.set(tag, { tag, digest: verdict.digest, status: "skipped" });
        byDigest.set(verdict.digest, [...(byDigest.get(verdict.digest) ?? []), tag]);
    }
    const digests = [...byDigest.keys()];
    let done = 0;
    // Signatures written or being written: a slot is taken before an attach starts, so concurrent
    // workers never write more than maxWrites, and given back when nothing was written.
    let reserved = 0;
    // Set when the run's deadline passes: no further digest is started, those left are STOPPED.
    let deadlineHit = false;
    const setAll = (digest, row) => {
        for (const tag of byDigest.get(digest))
            rows.set(tag, { tag, digest, ...row });
        deps.onProgress?.({ done: ++done, total: digests.length, digest, tags: byDigest.get(digest), status: row.status, ...(row.reason ? { reason: row.reason } : {}) });
    };
    const isDeadline = (err) => err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "DEADLINE_EXCEEDED";
    const limit = Math.min(16, Math.max(1, opts.concurrency ?? 4));
    let next = 0;
    const worker = async () => {
        while (next < digests.length && !deadlineHit) {
            if (opts.maxWrites !== undefined && reserved >= opts.maxWrites)
                return;
            const digest = digests[next++];
            try {
                await deps.registry.resolve({ ...image, digest });
            }
            catch (err) {
                if (isDeadline(err)) {
                    deadlineHit = true;
                    return;
                }
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "MANIFEST_UNKNOWN") {
                    setAll(digest, { status: "skipped", reason: `MANIFEST_UNKNOWN: ${image.name}@${digest} is not in the registry any more` });
                    continue;
                }
                setAll(digest, { status: "failed", reason: `${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "ERROR"}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}` });
                continue;
            }
            // Checked again after the await: another worker may have taken the last slot meanwhile (this digest stays STOPPED).
            if (opts.maxWrites !== undefined && reserved >= opts.maxWrites)
                return;
            reserved++;
            let written = false;
            try {
                const r = await (0,_cosign_attach_js__WEBPACK_IMPORTED_MODULE_2__/* .attachCosignSignature */ .l)({ registry: deps.registry, signer: deps.signer, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}) }, { image, digest, ...(opts.dryRun ? { dryRun: true } : {}) });
                written = r.status === "written";
                setAll(digest, { status: written ? "signed" : r.status === "present" ? "already-signed" : "would-sign", signature: r.reference });
            }
            catch (err) {
                if (isDeadline(err))
                    deadlineHit = true;
                else
                    setAll(digest, { status: "failed", reason: `${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "ERROR"}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}` });
            }
            finally {
                if (!written)
                    reserved--;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, digests.length)) }, worker));
    if (deadlineHit)
        deps.onWarning?.(`${image.name}: the run's deadline passed with ${done} of ${digests.length} digests done; the rest are STOPPED, run again to resume`);
    const stopped = deadlineHit ? "STOPPED: the run's deadline passed before this digest was done; run again to resume" : "STOPPED: the run ended before this digest";
    const list = tags.map((t) => {
        const row = rows.get(t);
        return row.status === "skipped" && !row.reason ? { ...row, reason: stopped } : row;
    });
    const counts = { "already-signed": 0, signed: 0, "would-sign": 0, skipped: 0, failed: 0 };
    for (const r of list)
        counts[r.status]++;
    return { gun: set.gun, rows: list, counts, digests: digests.length, trustedRoot: set.root.bytes, versions: set.versions() };
}


/***/ }),

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runMigrate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2060);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(670);
/* harmony import */ var _first_use_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9422);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(427);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2463);
/* harmony import */ var _run_sign_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5122);
/* harmony import */ var _trust_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8664);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3395);
/**
 * The migrate job as both entry points run it: key (file or AWS KMS) and connection from a typed
 * configuration, trust anchored as verify anchors it (stored root, pins), then migrate.ts.
 */











async function runMigrate(config, hooks = {}) {
    const image = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(config.repository);
    if (config.signerKey && config.awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_10__/* .setting */ .Pe)("signer-key")} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_10__/* .setting */ .Pe)("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
    let kms;
    if (config.awsKmsKey)
        kms = await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .createKmsSigner */ .EH)({ keyId: config.awsKmsKey, region: config.awsRegion, ...(0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .kmsProxyOptions */ .o7)(config.proxy), ...hooks.kms });
    const { signer } = kms ? { signer: kms } : await (0,_run_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .loadSigner */ .vu)(config);
    const store = config.trustDir ? new _trust_store_js__WEBPACK_IMPORTED_MODULE_9__/* .TrustStore */ .O(config.trustDir) : undefined;
    const anchor = (await store?.load(image.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const conn = (0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connect */ .Ng)(image, config);
    try {
        const result = await (0,_migrate_js__WEBPACK_IMPORTED_MODULE_7__/* .migrate */ ._)({ notary: conn.notary, registry: conn.registry, signer, ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}), ...(hooks.warn ? { onWarning: hooks.warn } : {}) }, {
            image,
            anchor,
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.dryRun ? { dryRun: true } : {}),
            ...(config.concurrency ? { concurrency: config.concurrency } : {}),
            ...(config.maxWrites !== undefined ? { maxWrites: config.maxWrites } : {}),
            firstUse: (0,_first_use_js__WEBPACK_IMPORTED_MODULE_5__/* .firstUseCheck */ .I)({ gun: image.name, requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }),
        });
        if (store)
            await store.save(image.name, result.trustedRoot, result.versions);
        return { ...result, verifiers: (0,_handover_js__WEBPACK_IMPORTED_MODULE_6__/* .verifierConfigs */ .G)((0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyPem */ .rY)(signer.publicKey), image.name), keyDescription: signer.description };
    }
    finally {
        conn.close();
        kms?.close();
    }
}


/***/ })

};
