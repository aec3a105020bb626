package web

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/microcosm-cc/bluemonday"
)

var page = template.Must(template.New("page").Parse(`<div>{{.Comment}}</div><a href="{{.Link}}">back</a>`))

func ShowComment(w http.ResponseWriter, r *http.Request) {
	comment := r.FormValue("comment")
	data := map[string]interface{}{
		// ruleid: go.xss.template-html-cast
		"Comment": template.HTML(comment),
		// ok: go.xss.template-html-cast
		"Link": "/comments",
	}
	page.Execute(w, data)
}

func ShowSafeComment(w http.ResponseWriter, r *http.Request) {
	comment := r.FormValue("comment")
	policy := bluemonday.UGCPolicy()
	data := map[string]interface{}{
		// ok: go.xss.template-html-cast
		"Comment": template.HTML(policy.Sanitize(comment)),
		// ok: go.xss.template-html-cast
		"Link": template.URL("/comments"),
	}
	page.Execute(w, data)
}

func Profile(c *gin.Context) {
	bio := c.PostForm("bio")
	site := c.PostForm("site")
	c.HTML(http.StatusOK, "profile.tmpl", gin.H{
		// ruleid: go.xss.template-html-cast
		"Bio": template.HTML("<p>" + bio + "</p>"),
		// ruleid: go.xss.template-html-cast
		"Site": template.URL(site),
		// ok: go.xss.template-html-cast
		"Plain": bio,
	})
}
