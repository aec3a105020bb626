package web

import (
	"fmt"
	"html"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func Welcome(c echo.Context) error {
	name := c.QueryParam("name")
	// ruleid: go.xss.framework-html-taint
	return c.HTML(http.StatusOK, "<h1>Welcome "+name+"</h1>")
}

func SafeWelcome(c echo.Context) error {
	name := c.QueryParam("name")
	// ok: go.xss.framework-html-taint
	return c.HTML(http.StatusOK, "<h1>Welcome "+html.EscapeString(name)+"</h1>")
}

func Search(c *gin.Context) {
	q := c.Query("q")
	page := fmt.Sprintf("<html><body>No results for %s</body></html>", q)
	// ruleid: go.xss.framework-html-taint
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(page))
	// ok: go.xss.framework-html-taint
	c.Data(http.StatusOK, "application/json", []byte(`{"q":"`+q+`"}`))
}

func Greeting(c *gin.Context) {
	who := c.Param("who")
	// ruleid: go.xss.framework-html-taint
	c.Writer.WriteString("<p>Hi " + who + "</p>")
	// ok: go.xss.framework-html-taint
	c.HTML(http.StatusOK, "greeting.tmpl", gin.H{"Who": who})
	// ok: go.xss.framework-html-taint
	c.String(http.StatusOK, "Hi %s", who)
}
