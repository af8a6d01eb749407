// Credentials the SDK could not get from AWS STS (a web identity token, a profile's role) are said
// to be that, not a failure of the KMS call they were for.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { kmsError } from "../../src/signers/kms-errors.js";
import { expectWording } from "../helpers/wording.js";

const ctx = {
  key: "alias/release",
  region: "us-east-1",
  endpointHost: undefined,
  operation: "kms:GetPublicKey",
} as const;

describe("STS errors met while getting credentials for KMS", () => {
  it.each(["AccessDenied", "InvalidIdentityTokenException", "IDPRejectedClaimException"])("%s", (name) => {
    const err = kmsError(
      { name, message: "Not authorized to perform sts:AssumeRoleWithWebIdentity", $metadata: { httpStatusCode: 403 } },
      ctx,
    );
    expect(err).toBeInstanceOf(UsageError);
    expectWording(err.message).toBe(
      `AWS STS refused the credentials for kms:GetPublicKey on AWS KMS key alias/release (${name}, HTTP 403: Not authorized to perform sts:AssumeRoleWithWebIdentity)`,
    );
    expectWording(err.hint).toContain("trust policy must allow the web identity (OIDC) token");
  });

  it("KMS's own access denial stays KMS's", () => {
    const err = kmsError({ name: "AccessDeniedException", message: "no", $metadata: { httpStatusCode: 400 } }, ctx);
    expect(err.code).not.toBe("USAGE");
    expectWording(err.message).toMatch(/^access denied to kms:GetPublicKey/);
  });
});
