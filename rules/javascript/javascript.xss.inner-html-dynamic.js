import DOMPurify from "dompurify";

async function renderComments(postId) {
  const response = await fetch(`/api/posts/${postId}/comments`);
  const comments = await response.json();
  const list = document.getElementById("comments");
  // ruleid: javascript.xss.inner-html-dynamic
  list.innerHTML = comments.map((c) => `<li><b>${c.author}</b>: ${c.body}</li>`).join("");
  for (const c of comments) {
    // ruleid: javascript.xss.inner-html-dynamic
    list.insertAdjacentHTML("beforeend", "<li>" + c.body + "</li>");
    const li = document.createElement("li");
    // ok: javascript.xss.inner-html-dynamic
    li.textContent = c.body;
    list.appendChild(li);
  }
}

function renderProfile(user) {
  const card = document.querySelector(".card");
  // ruleid: javascript.xss.inner-html-dynamic
  card.innerHTML = `<h3>${user.displayName}</h3><p>${user.bio}</p>`;
  // ok: javascript.xss.inner-html-dynamic
  card.innerHTML = DOMPurify.sanitize(`<h3>${user.displayName}</h3><p>${user.bio}</p>`);
  // ok: javascript.xss.inner-html-dynamic
  card.innerHTML = "<p>Loading…</p>";
  // ok: javascript.xss.inner-html-dynamic
  card.innerHTML = "";
}

export { renderComments, renderProfile };
