import DOMPurify from "dompurify";

const params = new URLSearchParams(window.location.search);
const name = params.get("name");
const greeting = document.getElementById("greeting");
// ruleid: javascript.xss.dom-sink-taint
greeting.innerHTML = `<strong>Welcome back, ${name}!</strong>`;
// ok: javascript.xss.dom-sink-taint
greeting.textContent = `Welcome back, ${name}!`;

function showTab() {
  const tab = decodeURIComponent(location.hash.slice(1));
  // ruleid: javascript.xss.dom-sink-taint
  document.write("<h2>" + tab + "</h2>");
  const panel = document.querySelector("#panel");
  // ok: javascript.xss.dom-sink-taint
  panel.innerHTML = DOMPurify.sanitize("<h2>" + tab + "</h2>");
}

window.addEventListener("message", (event) => {
  const box = document.getElementById("messages");
  // ruleid: javascript.xss.dom-sink-taint
  box.insertAdjacentHTML("beforeend", `<li>${event.data.text}</li>`);
});

// ok: javascript.xss.dom-sink-taint
document.getElementById("footer").innerHTML = "<small>&copy; Team Notes</small>";

showTab();
