package web

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

var store = gsessions.NewCookieStore([]byte("unused-in-this-example"))

func SetRole(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app")
	// ruleid: go.trust-boundary.session-from-request
	session.Values["role"] = r.FormValue("role")
	// ok: go.trust-boundary.session-from-request
	session.Values["visited"] = true
	session.Save(r, w)
}

func Impersonate(c *gin.Context) {
	session := sessions.Default(c)
	// ruleid: go.trust-boundary.session-from-request
	session.Set("user_id", c.Query("uid"))
	// ok: go.trust-boundary.session-from-request
	c.Header("X-Frame-Options", "DENY")
	session.Save()
}

func Login(c *gin.Context) {
	user, err := accounts.Authenticate(c.PostForm("email"), c.PostForm("password"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	session := sessions.Default(c)
	// ok: go.trust-boundary.session-from-request
	session.Set("user_id", user.ID)
	session.Save()
}
