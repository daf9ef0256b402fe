/**
 * Exact non-negative fractions over BigInt, so a rate typed as "18.25" (percent a year)
 * becomes 1825/(100·100·365) per day without ever passing through a float.
 */
export type Fraction = { num: bigint; den: bigint };

/** Up to 8 digits after the point: finer than any rate printed on a bill. */
export const MAX_DECIMALS = 8;

const DECIMAL = /^(\d+)(?:\.(\d+))?$|^\.(\d+)$/;

/**
 * Reads a plain decimal exactly; `null` for anything else (signs, exponents, 万).
 * @example parseDecimal("0.05") // { num: 5n, den: 100n }
 */
export function parseDecimal(text: string, maxDecimals = MAX_DECIMALS): Fraction | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = m[1] ?? "0";
  const fraction = m[2] ?? m[3] ?? "";
  if (fraction.length > maxDecimals) return null;
  return { num: BigInt(whole + fraction), den: 10n ** BigInt(fraction.length) };
}

export function fraction(num: bigint, den: bigint = 1n): Fraction {
  if (den <= 0n) throw new RangeError("denominator must be positive");
  return { num, den };
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError("division by zero");
  return { num: a.num * b.den, den: a.den * b.num };
}

/** a ≤ b, exactly. */
export function atMost(a: Fraction, b: Fraction): boolean {
  return a.num * b.den <= b.num * a.den;
}

/** Nearest integer, halves rounded up (for non-negative values). @example roundHalfUp(5n, 2n) // 3n */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  return (num * 2n + den) / (den * 2n);
}

/**
 * A decimal with at most `decimals` places (trailing zeros dropped) and whether it is exact.
 * @example toDecimalText({ num: 1n, den: 3n }, 4) // { text: "0.3333", exact: false }
 */
export function toDecimalText(f: Fraction, decimals: number): { text: string; exact: boolean } {
  const scale = 10n ** BigInt(decimals);
  const scaled = roundHalfUp(f.num * scale, f.den);
  const exact = scaled * f.den === f.num * scale;
  const whole = scaled / scale;
  const rest = (scaled % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return { text: rest ? `${whole}.${rest}` : whole.toString(), exact };
}
