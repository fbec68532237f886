export function PopupApp() {
  return <main><h1>PikPak Companion</h1></main>;
}
