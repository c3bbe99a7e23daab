/**
 * Microsoft's four-square logo in a picture's pixels: a red square with a green one to its right,
 * a blue one below it and a yellow one diagonally across, all of one size. A screenshot kit's
 * whole look is a picture of Microsoft's sign-in page with input boxes laid over it, so its only
 * sign of Microsoft may be the logo drawn in that picture. The colours alone are not enough:
 * Google's logo shares a yellow, and a page of photos holds every colour somewhere.
 */

/** The squares' colours, current and classic shades: red, green, blue, yellow. */
const SQUARES: readonly (readonly [number, number, number])[][] = [
  [
    [0xf2, 0x50, 0x22],
    [0xf3, 0x53, 0x25],
  ],
  [
    [0x7f, 0xba, 0x00],
    [0x81, 0xbc, 0x06],
  ],
  [
    [0x00, 0xa4, 0xef],
    [0x05, 0xa6, 0xf0],
  ],
  [
    [0xff, 0xb9, 0x00],
    [0xff, 0xba, 0x08],
  ],
];
/** How far (per channel) a pixel may stray: JPEG and scaling blur the colours a little. */
const TOLERANCE = 40;
/** The squares' pitch (side plus gap), in pixels of the picture as scanned. */
const MIN_PITCH = 3;
const MAX_PITCH = 48;
/** Logo pixels found in the right places before the picture counts as showing the logo. */
const MIN_HITS = 4;

const RED = 1;
const GREEN = 2;
const BLUE = 3;
const YELLOW = 4;

function squareOf(r: number, g: number, b: number): number {
  for (let square = 0; square < SQUARES.length; square++) {
    for (const [sr, sg, sb] of SQUARES[square] as (readonly [number, number, number])[]) {
      if (
        Math.abs(r - sr) <= TOLERANCE &&
        Math.abs(g - sg) <= TOLERANCE &&
        Math.abs(b - sb) <= TOLERANCE
      ) {
        return square + 1;
      }
    }
  }
  return 0;
}

/**
 * Whether RGBA pixels (`width` × `height`, as `ImageData.data` holds them) show Microsoft's logo.
 * Reads every pixel once, then looks around each red one only.
 */
export function picturesMicrosoftLogo(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
): boolean {
  const pixels = width * height;
  if (width <= 0 || height <= 0 || rgba.length < pixels * 4) return false;
  const squares = new Uint8Array(pixels);
  const reds: number[] = [];
  for (let i = 0; i < pixels; i++) {
    const o = i * 4;
    if ((rgba[o + 3] ?? 0) < 200) continue;
    const square = squareOf(rgba[o] ?? 0, rgba[o + 1] ?? 0, rgba[o + 2] ?? 0);
    squares[i] = square;
    if (square === RED) reds.push(i);
  }
  let hits = 0;
  for (const i of reds) {
    const x = i % width;
    const y = (i - x) / width;
    for (let pitch = MIN_PITCH; pitch <= MAX_PITCH; pitch++) {
      if (x + pitch >= width || y + pitch >= height) break;
      if (
        squares[i + pitch] === GREEN &&
        squares[i + pitch * width] === BLUE &&
        squares[i + pitch * width + pitch] === YELLOW
      ) {
        hits++;
        break;
      }
    }
    if (hits >= MIN_HITS) return true;
  }
  return false;
}
