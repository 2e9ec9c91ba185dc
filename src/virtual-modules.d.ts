/** Every word of the browser code in src/client/, sorted (src/integrations/site-build.ts). */
declare module 'virtual:site-build/script-words' {
  const words: string[];
  export default words;
}
