import { NrmkitError } from "@nrmkit/core";

/**
 * A secret shared by the MoU parties for keyed pseudonyms: text (UTF-8) or raw bytes, at least 16 bytes.
 *
 * @example
 * ```ts
 * import type { PseudonymSecret } from "@nrmkit/stats";
 *
 * const secret: PseudonymSecret = "agreed at the task force meeting, kept offline";
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export type PseudonymSecret = string | Uint8Array;

const MIN_SECRET_BYTES = 16;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto;
  if (crypto?.subtle === undefined) {
    throw new NrmkitError("invalid_operation", "crypto.subtle: expected Web Crypto, received none in this runtime");
  }
  return crypto.subtle;
}

/**
 * Makes a keyed pseudonymiser: HMAC-SHA-256 of a case key with the shared secret, as 32 hex digits.
 *
 * @remarks
 * Parties that hold the same secret get the same pseudonym for the same key, so they can
 * recognise a person registered by several agencies without exchanging the key. Without the
 * secret a pseudonym cannot be linked back to a key or recomputed from a guessed one. The digest
 * is cut to 128 bits, which makes collisions negligible for any register. Uses Web Crypto
 * (`globalThis.crypto.subtle`), available in browsers, edge runtimes and Node 20.
 *
 * @param secret - The shared secret (at least 16 bytes).
 * @returns An async function from case key to pseudonym.
 * @throws NrmkitError with code `invalid_argument` when the secret is shorter than 16 bytes; `invalid_operation` without Web Crypto.
 *
 * @example
 * ```ts
 * import { createPseudonymiser } from "@nrmkit/stats";
 *
 * const pseudonymise = await createPseudonymiser("a shared secret of the MoU parties");
 * const pseudonym = await pseudonymise("BY-HO/2014/0042");
 * pseudonym.length;
 * // => 32
 * pseudonym === (await pseudonymise("BY-HO/2014/0042"));
 * // => true
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export async function createPseudonymiser(secret: PseudonymSecret): Promise<(key: string) => Promise<string>> {
  const bytes = typeof secret === "string" ? new TextEncoder().encode(secret) : secret;
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new NrmkitError(
      "invalid_argument",
      `secret: expected at least ${String(MIN_SECRET_BYTES)} bytes, received ${String(bytes.length)}`,
    );
  }
  const crypto = subtle();
  const key = await crypto.importKey("raw", Uint8Array.from(bytes), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const encoder = new TextEncoder();
  return async (caseKey: string) => {
    const digest = new Uint8Array(await crypto.sign("HMAC", key, encoder.encode(caseKey)));
    let hex = "";
    for (let i = 0; i < 16; i++) hex += HEX[digest[i] as number];
    return hex;
  };
}
