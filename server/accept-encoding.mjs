// @ts-check
// Which stored encoding of a response to send, from the request's Accept-Encoding.
// Brotli is smallest, gzip is what every browser takes over plain HTTP, identity is
// the fallback. Returns null when the client refuses all three (Next answers then).

/** @typedef {"br" | "gzip" | "identity"} Encoding */

/**
 * @param {string | undefined} header the Accept-Encoding request header
 * @param {ReadonlySet<Encoding>} available encodings stored for this response
 * @returns {Encoding | null}
 */
export function chooseEncoding(header, available) {
  const q = parseQualities(header ?? "");
  const star = q.get("*");
  /** @param {Encoding} name */
  const quality = (name) => {
    const listed = q.get(name);
    if (listed !== undefined) return listed;
    if (star !== undefined) return star;
    // Identity is acceptable unless refused explicitly (RFC 9110 §12.5.3).
    return name === "identity" ? 1 : 0;
  };
  // A compressed encoding the client accepts wins whatever its q against identity
  // (identity's acceptability is implied, not a preference); br before gzip at equal q.
  let best = /** @type {Encoding | null} */ (null);
  let bestQ = 0;
  for (const name of /** @type {const} */ (["br", "gzip"])) {
    const value = quality(name);
    if (available.has(name) && value > bestQ) {
      best = name;
      bestQ = value;
    }
  }
  if (best) return best;
  return available.has("identity") && quality("identity") > 0 ? "identity" : null;
}

/** @param {string} header @returns {Map<string, number>} */
function parseQualities(header) {
  const out = new Map();
  for (const part of header.split(",")) {
    const [rawName, ...params] = part.split(";");
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let value = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) value = Number(m[1]);
    }
    if (!Number.isFinite(value) || value < 0 || value > 1) continue;
    out.set(name, Math.max(out.get(name) ?? 0, value));
  }
  return out;
}
