import { describe, expect, it } from 'vitest';
import { picturesMicrosoftLogo } from '../../../src/core/detection/logo-pixels';

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const MS: Rgb[] = [
  [0xf2, 0x50, 0x22],
  [0x7f, 0xba, 0x00],
  [0x00, 0xa4, 0xef],
  [0xff, 0xb9, 0x00],
];
/** Google's four colours: red, green, blue, yellow. */
const GOOGLE: Rgb[] = [
  [0xea, 0x43, 0x35],
  [0x34, 0xa8, 0x53],
  [0x42, 0x85, 0xf4],
  [0xfb, 0xbc, 0x05],
];

class Picture {
  readonly data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
    this.fill(0, 0, width, height, WHITE);
  }
  fill(x0: number, y0: number, w: number, h: number, [r, g, b]: Rgb): this {
    for (let y = y0; y < y0 + h; y++) {
      for (let x = x0; x < x0 + w; x++) {
        const o = (y * this.width + x) * 4;
        this.data.set([r, g, b, 255], o);
      }
    }
    return this;
  }
  /** Four squares of `side` with `gap` between them, in the order red, green, blue, yellow. */
  logo(x: number, y: number, side: number, gap: number, colours: Rgb[] = MS): this {
    const [red, green, blue, yellow] = colours as [Rgb, Rgb, Rgb, Rgb];
    return this.fill(x, y, side, side, red)
      .fill(x + side + gap, y, side, side, green)
      .fill(x, y + side + gap, side, side, blue)
      .fill(x + side + gap, y + side + gap, side, side, yellow);
  }
  shows(): boolean {
    return picturesMicrosoftLogo(this.data, this.width, this.height);
  }
}

describe('picturesMicrosoftLogo', () => {
  it.each([
    [4, 1],
    [10, 1],
    [22, 2],
  ])('finds the four squares (side %i, gap %i) on a sign-in card', (side, gap) => {
    const card = new Picture(400, 300).fill(100, 50, 200, 200, [250, 250, 250]);
    expect(card.logo(120, 70, side, gap).shows()).toBe(true);
  });

  it('finds them with colours blurred a little, as a JPEG would', () => {
    const blurred: Rgb[] = MS.map(([r, g, b]) => [
      Math.max(0, r - 20),
      Math.min(255, g + 15),
      Math.max(0, b - 10),
    ]);
    expect(new Picture(300, 200).logo(40, 40, 8, 1, blurred).shows()).toBe(true);
  });

  it("does not take Google's four colours for the logo", () => {
    expect(new Picture(300, 200).logo(40, 40, 10, 1, GOOGLE).shows()).toBe(false);
  });

  it('needs the squares in their places, not the colours anywhere', () => {
    const [red, green, blue, yellow] = MS as [Rgb, Rgb, Rgb, Rgb];
    const scattered = new Picture(400, 300)
      .fill(10, 10, 10, 10, red)
      .fill(200, 10, 10, 10, green)
      .fill(10, 200, 10, 10, blue)
      .fill(300, 250, 10, 10, yellow);
    expect(scattered.shows()).toBe(false);
    // Swapped places: blue beside red, green below it.
    expect(new Picture(300, 200).logo(40, 40, 10, 1, [red, blue, green, yellow]).shows()).toBe(
      false,
    );
  });

  it('is false for a blank or broken picture', () => {
    expect(new Picture(100, 100).shows()).toBe(false);
    expect(picturesMicrosoftLogo(new Uint8ClampedArray(8), 100, 100)).toBe(false);
  });
});
