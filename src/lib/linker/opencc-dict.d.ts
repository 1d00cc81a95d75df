/** opencc-js exports its dictionaries as `opencc-js/dict/<name>` (the package's "./*" export) without types. */
declare module 'opencc-js/dict/*' {
  /** OpenCC dictionary text: "from to[ to…]|from to…". */
  const dict: string;
  export default dict;
}
