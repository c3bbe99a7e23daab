/** A stylesheet for a shadow root, built by modules/design-tokens.ts. */
declare module '*.css?shadow' {
  const css: string;
  export default css;
}
