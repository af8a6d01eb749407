export const id = 105;
export const ids = [105];
export const modules = {

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KEY_HELP: () => (/* binding */ KEY_HELP),
  KEY_INSPECT_HELP: () => (/* binding */ KEY_INSPECT_HELP),
  ROTATE_SIGNER_HELP: () => (/* reexport */ ROTATE_SIGNER_HELP),
  keyCommand: () => (/* binding */ keyCommand)
});

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/signers/key-file.ts + 1 modules
var key_file = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/commands/common.ts
var common = __webpack_require__(5968);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signers/key-directory.ts + 1 modules
var key_directory = __webpack_require__(9816);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/role-edits.ts
var role_edits = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/workflows/admin/init.ts + 1 modules
var init = __webpack_require__(7482);
// EXTERNAL MODULE: ./src/workflows/admin/keyring.ts
var keyring = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/workflows/admin/update.ts
var admin_update = __webpack_require__(2265);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
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








/** The listed IDs of `role` to replace: the ones asked for, or every key but the new one. */
function oldKeysOf(targets, role, newCanonical, asked) {
    const listed = role.keyIds ?? [];
    if (!asked || asked.length === 0)
        return listed.filter((id) => (0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id) !== newCanonical);
    return asked.map((want) => {
        const w = want.toLowerCase();
        const hits = listed.filter((id) => id.startsWith(w) || (0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id).startsWith(w));
        if (hits.length !== 1) {
            throw new errors/* UsageError */.eb(`key ${JSON.stringify(want.slice(0, 64))} matches ${hits.length} keys of ${role.name} (keys: ${listed.map((id) => (0,tuf_keys/* shortId */.m_)((0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id))).join(", ") || "none"})`, {
                hint: `give a longer key ID, as ${(0,wording/* step */.PM)("inspect", undefined)} shows it`,
            });
        }
        return hits[0];
    });
}
async function rotateSignerKey(deps, opts) {
    (0,init/* checkSignerName */._D)(opts.name);
    const roleName = `targets/${opts.name}`;
    const newPublic = opts.newKey.publicKey;
    const newSigner = (0,keyring/* listedAs */.W)(opts.newKey, (0,tuf_keys/* keyIdOf */.yg)(newPublic), newPublic);
    const newCanonical = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(newPublic);
    const notes = [];
    const update = await (0,admin_update/* updateRepository */.Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [roleName, docker/* RELEASES */.pH],
        change: `the key rotation of ${opts.name}`,
        existing: true,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
            if (!role)
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name}`, {
                    hint: `add it with: ${(0,wording/* step */.PM)("signer-add", set.gun)}`,
                });
            const old = oldKeysOf(targets, role, newCanonical, opts.oldKeyIds);
            const plan = {
                files: new Map(),
                versions: new Map(),
                replaced: old.map((id) => (0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id)),
            };
            const hasNew = (role.keyIds ?? []).some((id) => (0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id) === newCanonical);
            if (old.length === 0 && hasNew)
                return plan; // already rotated
            notes.length = 0;
            const releasesKeys = (0,role_edits/* delegationCanonicalKeyIds */.O4)(targets, docker/* RELEASES */.pH);
            const inReleases = old.some((id) => releasesKeys.has((0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id)));
            // A key another signer also holds stays in targets/releases: that signer still releases with it.
            const { remove, shared } = (0,role_edits/* releasesIdsOnlyOf */.sb)(targets, old, docker/* RELEASES */.pH, roleName);
            for (const [key, roles] of shared)
                notes.push(`key ${(0,tuf_keys/* shortId */.m_)(key)} is also a key of ${roles.join(", ")} in ${set.gun} and stays there${releasesKeys.has(key) ? ` and in ${docker/* RELEASES */.pH}` : ""}`);
            let next = (0,role_edits/* replaceDelegationKeys */.Ry)(targets, roleName, old, [newPublic]);
            const affected = [roleName];
            if (inReleases) {
                next = (0,role_edits/* replaceDelegationKeys */.Ry)(next, docker/* RELEASES */.pH, remove, [newPublic]);
                affected.push(docker/* RELEASES */.pH);
            }
            const signedTargets = await (0,admin_update/* resign */.LD)(next, await (0,admin_update/* requireSigner */.Sz)(deps, set, "targets"), now, {
                from: set.targets.get("targets"),
            });
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
                const signed = await (0,admin_update/* resign */.LD)(env.signed, newSigner, now, { from: env });
                plan.files.set(name, signed.bytes);
                plan.versions.set(name, signed.version);
            }
            return plan;
        },
    });
    const set = update.set;
    const plan = update.applied;
    const targets = set.targets.get("targets").signed;
    const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
    const keys = (role?.keyIds ?? []).map((id) => (0,role_edits/* canonicalDelegationKeyId */.Rj)(targets, id));
    if (!keys.includes(newCanonical) || keys.some((k) => plan.replaced.includes(k))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after publishing, ${roleName} lists keys ${keys.map(tuf_keys/* shortId */.m_).join(", ") || "none"}, not the new key ${(0,tuf_keys/* shortId */.m_)(newCanonical)} alone`, {
            hint: "another writer changed the signer at the same time; inspect the repository and run it again",
        });
    }
    const lost = (0,admin_update/* lostReleases */.Ln)(update.before, (0,admin_update/* releasedTags */.JR)(set, deps.runtime.now()));
    if (lost.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after the rotation ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; sign those tags again with the new key" });
    }
    for (const n of notes)
        deps.runtime.warn(n);
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
// EXTERNAL MODULE: ./src/workflows/connect.ts + 2 modules
var connect = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/cli/admin-format.ts
var admin_format = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/cli/commands/admin-options.ts
var admin_options = __webpack_require__(3217);
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
${admin_options/* ADMIN_KEY_HELP */.yP}
${admin_options/* ADMIN_FOOTER */.mj}`;
async function rotateSignerCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(args, flags/* KEY_ROTATION_FLAGS */.jM);
    if (positionals.length !== 2)
        throw new cli_args/* CommandLineError */.Ox("key rotate-signer takes NAME and REPOSITORY", {
            hint: "content-trust key rotate-signer alice registry.example/app --new-key alice-2.key",
        });
    const [name, repository] = positionals;
    if (!values["new-key"] === !values["new-aws-kms-key"])
        throw new cli_args/* CommandLineError */.Ox("give the new key with --new-key FILE or --new-aws-kms-key KEY (one of them)");
    const config = await (0,admin_options/* adminConfig */.wy)(values, io, repository);
    let kms;
    try {
        const { signer: newKey, privateKeyFile } = values["new-aws-kms-key"]
            ? {
                signer: (kms = await (0,kms_signer.createKmsSigner)({
                    keyId: values["new-aws-kms-key"],
                    region: values["aws-region"],
                    ...(0,connect/* kmsCallOptions */.GC)(config),
                })),
                privateKeyFile: undefined,
            }
            : await newKeySigner(values["new-key"], (0,admin_options/* keyDirOf */.WR)(values, io), io);
        const result = await (0,session/* withAdminSession */.a)(config, (0,admin_options/* adminHooks */.O8)(io), (s) => rotateSignerKey(s.deps, {
            name,
            newKey,
            ...(values["old-key"] ? { oldKeyIds: values["old-key"] } : {}),
            anchor: s.anchor,
        }));
        io.stdout(values.json ? JSON.stringify((0,admin_format/* rotationJson */.FK)(result), null, 2) + "\n" : (0,admin_format/* formatRotation */.mg)(result));
        // Notary's signatures are re-made with the new key; cosign signatures (migrate, or a sign with
        // --oci-signature cosign) stay signatures by the old one, which a verifier given the new key's
        // cosign.pub does not accept. Whether there are any would take a read per released digest.
        if (result.published && result.replaced.length > 0) {
            const again = migrateCommandLine(name, repository, values, privateKeyFile);
            io.stderr(`Cosign signatures made with the replaced key (${result.replaced.map(tuf_keys/* shortId */.m_).join(", ")}), if any, verify with that key only. To sign the digests ${name} released with the new key too: ${again} (digests it signed already are left alone)\n`);
        }
        return 0;
    }
    finally {
        kms?.close();
    }
}
/**
 * The migrate command line that gives the digests signer `name` released cosign signatures by the
 * new key: the same connection flags as this command (none of them a secret), the new key as it was
 * given (a key in the key directory by its file there), and `--signers`, so that only that signer's
 * tags count.
 */
function migrateCommandLine(name, repository, values, privateKeyFile) {
    const words = ["content-trust", "migrate", repository];
    for (const flag of Object.keys(flags/* connectionFlags */.Kk)) {
        const value = values[flag];
        for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value])
            words.push(`--${flag}`, v);
    }
    if (values["new-aws-kms-key"]) {
        words.push("--aws-kms-key", values["new-aws-kms-key"]);
        if (values["aws-region"])
            words.push("--aws-region", values["aws-region"]);
    }
    else if (privateKeyFile)
        words.push("--signer-key", privateKeyFile);
    words.push("--signers", name);
    return words.map(shellWord).join(" ");
}
/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
/**
 * A private key file, or a public key whose private key the key directory holds; `privateKeyFile`
 * is the file the private key was read from.
 */
async function newKeySigner(file, keyDir, io) {
    const text = await (0,cli_io/* readInputFile */.jH)(file, "new key", io.cwd);
    if (/PRIVATE KEY-----|Proc-Type:/.test(text))
        return {
            signer: new key_file_signer/* KeyFileSigner */.Q((0,key_file.loadPrivateKey)(text, await (0,cli_io/* passphraseFor */.qy)(text, io, "new key"))),
            privateKeyFile: file,
        };
    const pub = (0,public_key/* parsePublicKey */.ee)(text, { now: new Date() });
    const loaded = await new key_directory/* KeyDirectory */.r_(keyDir).load(pub.canonicalKeyId, (0,admin_options/* keyDirectoryPassphrase */.xH)(io));
    if (!loaded) {
        throw new errors/* UsageError */.eb(`the private key of the new key ${(0,tuf_keys/* shortId */.m_)(pub.canonicalKeyId)} is not in the key directory`, {
            hint: "give the private key file with --new-key, or --key-dir where docker trust key generate wrote it",
        });
    }
    return { signer: new key_file_signer/* KeyFileSigner */.Q(loaded), privateKeyFile: external_node_path_default().join(keyDir, (0,key_directory/* keyFileName */.po)(pub.canonicalKeyId)) };
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
        throw new cli_args/* CommandLineError */.Ox(`unknown key command ${JSON.stringify(sub ?? "")}`, {
            hint: "content-trust key inspect FILE, or key rotate-signer NAME REPOSITORY",
        });
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(rest, flags/* KEY_INSPECT_FLAGS */.NX);
    const format = values.cosign ? "cosign" : values.json ? "json" : "text";
    const kmsKey = values["aws-kms-key"];
    if (kmsKey) {
        if (positionals.length)
            throw new cli_args/* CommandLineError */.Ox("key inspect takes a FILE or --aws-kms-key, not both");
        const { inspectKmsKey } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9311));
        const role = values["signer-name"];
        const d = await inspectKmsKey({
            keyId: kmsKey,
            ...(values["aws-region"] ? { region: values["aws-region"] } : {}),
            ...(role ? { role } : {}),
            ...(0,common/* kmsCallOptionsOf */.x_)(io),
        });
        return printKey(io, format, {
            keyId: d.keyId,
            canonicalKeyId: d.canonicalKeyId,
            ...(role ? { role } : {}),
            keyType: `${d.publicKey.type} (${d.keySpec}, ${d.keyArn})`,
            publicKeyPem: d.publicKeyPem,
        });
    }
    if (positionals.length !== 1)
        throw new cli_args/* CommandLineError */.Ox("key inspect takes exactly one FILE");
    const text = await (0,cli_io/* readInputFile */.jH)(positionals[0], "key file", io.cwd);
    let info;
    if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
        const key = (0,key_file.loadPrivateKey)(text, await (0,cli_io/* passphraseFor */.qy)(text, io, "key file"));
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
    const info = {
        ...base,
        cosignPublicKeyPem: (0,external_node_crypto_.createPublicKey)(withoutPemHeaders(base.publicKeyPem))
            .export({ type: "spki", format: "pem" })
            .toString(),
    };
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


/***/ }),

/***/ 7482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jp: () => (/* binding */ assertNewRepository),
  _D: () => (/* binding */ checkSignerName),
  Yp: () => (/* binding */ fetchServerKeys),
  zY: () => (/* binding */ initRepository),
  hh: () => (/* binding */ rootKeyProblem)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/codec/der.ts
var codec_der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/codec/pem.ts
var codec_pem = __webpack_require__(1588);
// EXTERNAL MODULE: ./src/tuf/lifetimes.ts
var lifetimes = __webpack_require__(3903);
;// CONCATENATED MODULE: ./src/signers/root-certificate.ts
/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */




function createRootCertificate(opts) {
    const notBefore = opts.notBefore ?? Date.now();
    const notAfter = opts.notAfter ?? notBefore + lifetimes/* ROOT_CERTIFICATE_LIFETIME_MS */.kY;
    if (opts.privateKey.asymmetricKeyType !== "ec")
        throw new TypeError("root certificates are made for ECDSA keys");
    const spki = (0,external_node_crypto_.createPublicKey)(opts.privateKey).export({ type: "spki", format: "der" });
    const name = (0,codec_der/* derSequence */.xy)((0,codec_der/* derSet */.CU)((0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.4.3"), (0,codec_der/* derDirectoryString */.kC)(opts.gun))));
    const sigAlg = (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("1.2.840.10045.4.3.2"));
    const extensions = (0,codec_der/* derExplicit */.Wg)(3, (0,codec_der/* derSequence */.xy)(
    // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
    (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.15"), (0,codec_der/* derBoolean */.cl)(true), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* encodeDer */.qH)(codec_der/* TAG */.Dk.bitString, Buffer.from([5, 0xa0])))), (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.37"), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("1.3.6.1.5.5.7.3.3")))), (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.19"), (0,codec_der/* derBoolean */.cl)(true), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* derSequence */.xy)()))));
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const tbs = (0,codec_der/* derSequence */.xy)((0,codec_der/* derExplicit */.Wg)(0, (0,codec_der/* derUnsigned */.dV)(Buffer.from([2]))), (0,codec_der/* derUnsigned */.dV)(serial), sigAlg, name, (0,codec_der/* derSequence */.xy)((0,codec_der/* derTime */.tm)(notBefore), (0,codec_der/* derTime */.tm)(notAfter)), name, spki, extensions);
    const signature = (0,external_node_crypto_.sign)("sha256", tbs, opts.privateKey);
    const der = (0,codec_der/* derSequence */.xy)(tbs, sigAlg, (0,codec_der/* derBitString */.UQ)(signature));
    const pem = (0,codec_pem/* encodePem */.T)({ type: "CERTIFICATE", bytes: der });
    return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}

// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/role-edits.ts
var role_edits = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/tuf/sign.ts + 1 modules
var sign = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 2 modules
var load_trust = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/workflows/publication.ts
var publication = __webpack_require__(9564);
// EXTERNAL MODULE: ./src/workflows/admin/keyring.ts
var keyring = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/admin/init.ts















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
    const now = deps.runtime.now();
    const { log } = deps.runtime;
    if (opts.rootKey.type !== "private" ||
        opts.rootKey.asymmetricKeyType !== "ec" ||
        opts.rootKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
        throw new errors/* UsageError */.eb("the root key must be an ECDSA P-256 private key, as Docker and notary make them");
    }
    for (const s of opts.signers ?? [])
        checkSignerName(s.name);
    let serverKeys = opts.serverKeys;
    if (!serverKeys) {
        await assertNewRepository(notary);
        serverKeys = await fetchServerKeys(notary, log);
    }
    const { timestamp: timestampKey, snapshot: snapshotKey } = serverKeys;
    const cert = createRootCertificate({ gun, privateKey: opts.rootKey, notBefore: now });
    const rootPlain = (0,public_key/* notaryPublicKeyOf */.hE)(opts.rootKey);
    const rootId = (0,keys/* keyIdOf */.yg)(cert.publicKey);
    const plainSigner = new key_file_signer/* KeyFileSigner */.Q({
        keyObject: opts.rootKey,
        publicKey: rootPlain,
        keyId: (0,keys/* keyIdOf */.yg)(rootPlain),
        role: "root",
    });
    const rootSigner = (0,keyring/* listedAs */.W)(plainSigner, rootId, cert.publicKey);
    const ids = {
        root: rootId,
        targets: (0,keys/* keyIdOf */.yg)(opts.targets.publicKey),
        snapshot: (0,keys/* keyIdOf */.yg)(snapshotKey),
        timestamp: (0,keys/* keyIdOf */.yg)(timestampKey),
    };
    const root = {
        type: "Root",
        consistentSnapshot: false,
        expires: (0,time/* formatGoTime */.Z0)(now + lifetimes/* ROOT_LIFETIME_MS */.iV),
        keys: new Map([
            [ids.root, cert.publicKey],
            [ids.targets, opts.targets.publicKey],
            [ids.snapshot, snapshotKey],
            [ids.timestamp, timestampKey],
        ]),
        roles: new Map(["root", "snapshot", "targets", "timestamp"].map((r) => [r, { keyIds: [ids[r]], threshold: 1 }])),
        version: 1,
    };
    let targets = { ...(0,role_edits/* emptyTargets */.gr)((0,time/* formatGoTime */.Z0)(now + lifetimes/* TARGETS_LIFETIME_MS */.C7)), version: 1 };
    for (const s of opts.signers ?? []) {
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, `targets/${s.name}`, s.keys);
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, docker/* RELEASES */.pH, s.keys);
    }
    const files = new Map([
        ["root", await (0,sign/* signEnvelope */.Yj)(root, [rootSigner])],
        ["targets", await (0,sign/* signEnvelope */.Yj)(targets, [opts.targets])],
    ]);
    const versions = new Map([
        ["root", 1],
        ["targets", 1],
    ]);
    // A lost answer is resolved by reading root.json again: ours means the upload landed.
    await (0,publication/* publishWithRetry */.M4)({ notary, runtime: deps.runtime }, {
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
    const { set } = await (0,load_trust/* loadTrust */.V)(notary, { trustedRoot: files.get("root"), now: deps.runtime.now(), hints });
    (0,publication/* assertServed */.MK)(set, files);
    return {
        gun,
        rootKeyId: rootId,
        rootCanonicalKeyId: (0,keys/* canonicalKeyIdOf */.Sy)(cert.publicKey),
        targetsKeyId: ids.targets,
        snapshotKeyId: ids.snapshot,
        timestampKeyId: ids.timestamp,
        set,
    };
}
/**
 * The server's timestamp and snapshot keys for a new repository (notary-server makes them on the
 * first request). Asked for before any key of ours is made: a host that serves no Notary refuses
 * here, with nothing written.
 */
async function fetchServerKeys(notary, log) {
    log(`Creating ${notary.gun} on ${notary.baseUrl}: fetching the server's timestamp and snapshot keys`);
    try {
        const [timestamp, snapshot] = await Promise.all([
            notary.getServerKey("timestamp"),
            notary.getServerKey("snapshot"),
        ]);
        return { timestamp, snapshot };
    }
    catch (err) {
        if (err instanceof errors/* ServerError */.gP && err.status === 404 && notary.notFoundByOtherServer("root")) {
            throw new errors/* ServerError */.gP(err.code, `${notary.baseUrl} has no timestamp key to give for ${notary.gun}: ${err.message}`, {
                status: 404,
                cause: err,
                hint: `${notary.baseUrl} answered 404 not as a Notary server answers, and may serve no Notary at all (a registry without content trust): give the Notary server in ${(0,wording/* setting */.Pe)("notary-server")}`,
            });
        }
        throw err;
    }
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


/***/ })

};
