package web

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<h1>{{.}}</h1>`))

func Page(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.text-template-html
	page.Execute(w, r.URL.Query().Get("name"))
}

func Other(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.text-template-html
	page.ExecuteTemplate(w, "page", r.URL.Query().Get("name"))
}
