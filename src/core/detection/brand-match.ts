import { BRANDS, type Brand, signInWordStrength } from './brands';
import { skeletonVariants } from './confusables';
import { boundedEditDistance } from './edit-distance';

/**
 * How a single host token relates to a Microsoft brand name:
 * `exact` "microsoft"; `confusable` "rnicrosoft"/"micrоsoft" (look-alike characters);
 * `typo` "mircosoft"; `inside` "microsoftlogin"; `inside-confusable` "micr0softlogin".
 */
export type BrandMatchKind = 'exact' | 'confusable' | 'typo' | 'inside' | 'inside-confusable';

export interface BrandMatch {
  readonly brand: Brand;
  readonly how: BrandMatchKind;
  /** What is left of the token once the brand is taken out ("login" in "microsoftlogin"). */
  readonly rest: string;
}

const BY_SKELETON: ReadonlyMap<string, Brand> = new Map(BRANDS.map((b) => [b.skeleton, b]));
const TYPO_BRANDS = BRANDS.filter((b) => b.maxTypos > 0);
const INSIDE_BRANDS = BRANDS.filter((b) => b.matchInsideWords);
const COMMON_BRANDS = BRANDS.filter((b) => !b.matchInsideWords);
const MIN_TYPO_TOKEN = 5;

const cache = new Map<string, BrandMatch | null>();
const CACHE_LIMIT = 5_000;

/** The strongest brand relation of one token (a label or a hyphen-separated part of one). */
export function matchBrand(token: string): BrandMatch | null {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  const result = computeMatch(token);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, result);
  return result;
}

function computeMatch(token: string): BrandMatch | null {
  if (token.length < 3) return null;
  const variants = skeletonVariants(token);
  for (const skel of variants) {
    const same = BY_SKELETON.get(skel);
    if (same) return { brand: same, how: same.name === token ? 'exact' : 'confusable', rest: '' };
  }
  if (token.length >= MIN_TYPO_TOKEN) {
    for (const skel of variants) {
      for (const brand of TYPO_BRANDS) {
        if (boundedEditDistance(skel, brand.skeleton, brand.maxTypos) <= brand.maxTypos) {
          return { brand, how: 'typo', rest: '' };
        }
      }
    }
  }
  for (const skel of variants) {
    for (const brand of INSIDE_BRANDS) {
      if (!skel.includes(brand.skeleton)) continue;
      const literal = token.includes(brand.name);
      const rest = literal ? token.replace(brand.name, '') : skel.replace(brand.skeleton, '');
      return { brand, how: literal ? 'inside' : 'inside-confusable', rest };
    }
  }
  // Ordinary words only count inside a longer word when glued to sign-in vocabulary
  // ("outlooklogin"), never in words like "olive" or "officedepot".
  for (const brand of COMMON_BRANDS) {
    if (token.length <= brand.name.length) continue;
    const rest = token.startsWith(brand.name)
      ? token.slice(brand.name.length)
      : token.endsWith(brand.name)
        ? token.slice(0, -brand.name.length)
        : null;
    if (rest !== null && signInWordStrength(rest) === 'strong')
      return { brand, how: 'inside', rest };
  }
  return null;
}
