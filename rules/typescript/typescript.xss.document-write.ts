export function showGreeting(list: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") ?? "";
  // ruleid: typescript.xss.document-write
  document.write("<h1>Hello " + name + "</h1>");
  // ruleid: typescript.xss.document-write
  list.insertAdjacentHTML("beforeend", `<li>${name}</li>`);
  // ok: typescript.xss.document-write
  list.insertAdjacentHTML("beforeend", "<li>Guest</li>");
  // ok: typescript.xss.document-write
  list.insertAdjacentHTML("beforeend", DOMPurify.sanitize(`<li>${name}</li>`));
  // ok: typescript.xss.document-write
  list.insertAdjacentText("beforeend", name);
}
