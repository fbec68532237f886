export function FilesApp() {
  return <main><h1>PikPak Companion</h1></main>;
}
