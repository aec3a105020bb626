package web

import (
	"net/http"
	"os"
	"text/template"

	"github.com/gin-gonic/gin"
)

var profileTmpl = template.Must(template.New("profile").Parse(`<html><body><h1>{{.Name}}</h1><p>{{.Bio}}</p></body></html>`))

func Profile(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Name": r.URL.Query().Get("name"), "Bio": r.URL.Query().Get("bio")}
	// ruleid: go.xss.text-template-html
	profileTmpl.Execute(w, data)
}

func ProfileGin(c *gin.Context) {
	// ruleid: go.xss.text-template-html
	profileTmpl.ExecuteTemplate(c.Writer, "profile", gin.H{"Name": c.Query("name")})
}

func GenerateConfig() error {
	f, err := os.Create("nginx.conf")
	if err != nil {
		return err
	}
	defer f.Close()
	// ok: go.xss.text-template-html
	return profileTmpl.Execute(f, map[string]string{"Name": "server"})
}

func WriteReport(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Create("report.txt")
	// ok: go.xss.text-template-html
	profileTmpl.Execute(f, nil)
	w.WriteHeader(http.StatusNoContent)
}
