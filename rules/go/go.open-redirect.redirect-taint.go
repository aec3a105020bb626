package auth

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func Login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ... authenticate ...
	// ruleid: go.open-redirect.redirect-taint
	http.Redirect(w, r, next, http.StatusFound)
}

func SafeLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	// ok: go.open-redirect.redirect-taint
	http.Redirect(w, r, next, http.StatusFound)
}

func Logout(c *gin.Context) {
	// ruleid: go.open-redirect.redirect-taint
	c.Redirect(http.StatusFound, c.Query("return_to"))
}

func Back(c echo.Context) error {
	// ruleid: go.open-redirect.redirect-taint
	return c.Redirect(http.StatusSeeOther, c.Request().Referer())
}

func Profile(c *gin.Context) {
	// ok: go.open-redirect.redirect-taint
	c.Redirect(http.StatusFound, "/users/"+c.Param("id"))
}
