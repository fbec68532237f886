// hls.js declares types for its main entry only; its light build has the same API minus the features it leaves out.
declare module 'hls.js/light' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
