package web

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.xss.response-write-taint
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
	// ok: go.xss.response-write-taint
	fmt.Fprintf(w, "<p>Welcome back, %s</p>", html.EscapeString(name))
}

func SearchPage(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	body := "<div class=\"results\">Results for " + q + "</div>"
	// ruleid: go.xss.response-write-taint
	w.Write([]byte(body))
}

func Echo(w http.ResponseWriter, r *http.Request) {
	msg := r.Header.Get("X-Message")
	// ruleid: go.xss.response-write-taint
	io.WriteString(w, "<pre>"+msg+"</pre>")
}

func APIUser(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "application/json")
	// ok: go.xss.response-write-taint
	json.NewEncoder(w).Encode(map[string]string{"name": name})
	// ok: go.xss.response-write-taint
	fmt.Fprintf(w, `{"status": "ok"}`)
}

func Static(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.response-write-taint
	fmt.Fprint(w, "<html><body>Maintenance</body></html>")
}
