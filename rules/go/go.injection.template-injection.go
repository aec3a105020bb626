package web

import (
	"html/template"
	"net/http"
)

var greeting = template.Must(template.New("greeting").Parse(`<h1>Hello, {{.Name}}</h1>`))

func Greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.injection.template-injection
	tmpl, err := template.New("page").Parse("<h1>Hello, " + name + "</h1>")
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, nil)
	// ok: go.injection.template-injection
	greeting.Execute(w, map[string]string{"Name": name})
}

func Preview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	t := template.New("preview")
	// ruleid: go.injection.template-injection
	t = template.Must(t.Parse(body))
	t.Execute(w, r.Form)
	// ok: go.injection.template-injection
	footer := template.Must(template.New("footer").Parse(`<footer>{{.}}</footer>`))
	footer.Execute(w, body)
}
