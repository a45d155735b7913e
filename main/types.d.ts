// SQL migrations and other text assets are bundled as strings (esbuild plugin in
// scripts/build.mjs, Vite's ?raw under vitest).
declare module '*?raw' {
  const text: string;
  export default text;
}
