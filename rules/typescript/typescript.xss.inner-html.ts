export function renderComment(container: HTMLElement, comment: { author: string; body: string }): void {
  // ruleid: typescript.xss.inner-html
  container.innerHTML = `<p><b>${comment.author}</b>: ${comment.body}</p>`;
  const item = document.createElement("li");
  // ruleid: typescript.xss.inner-html
  item.outerHTML += comment.body;
  // ok: typescript.xss.inner-html
  item.textContent = comment.body;
  // ok: typescript.xss.inner-html
  container.innerHTML = "<p>No comments yet</p>";
  // ok: typescript.xss.inner-html
  container.innerHTML = DOMPurify.sanitize(comment.body);
}
