/**
 * Whether a page looks light or dark, from its computed colours: the first background (body,
 * then root) that is mostly opaque decides; with none, the canvas shows, which is dark only when
 * the page opted into a dark scheme and the system is dark. Pure: the content script passes what
 * `getComputedStyle` said.
 */
export type PageScheme = 'light' | 'dark';

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;

function alphaOf(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number.parseFloat(text) / 100 : Number.parseFloat(text);
}

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, or null when it is mostly see-through. */
export function opaqueLuminance(colour: string): number | null {
  const match = RGB.exec(colour.trim());
  if (!match) return null;
  if (alphaOf(match[4]) < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = Number(part) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pageSchemeOf(
  backgrounds: readonly string[],
  colorScheme: string,
  systemDark: boolean,
): PageScheme {
  for (const background of backgrounds) {
    const luminance = opaqueLuminance(background);
    // 0.18 is about where white and black text have equal contrast.
    if (luminance !== null) return luminance < 0.18 ? 'dark' : 'light';
  }
  return /\bdark\b/.test(colorScheme) && systemDark ? 'dark' : 'light';
}
