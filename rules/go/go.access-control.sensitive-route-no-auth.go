package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func listUsers(c *gin.Context)  { c.JSON(http.StatusOK, []string{}) }
func deleteUser(c *gin.Context) { c.Status(http.StatusNoContent) }
func health(c *gin.Context)     { c.String(http.StatusOK, "ok") }
func products(c *gin.Context)   { c.JSON(http.StatusOK, []string{}) }

func AdminOnly() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

func exportHandler(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

func setup() *gin.Engine {
	r := gin.Default()
	// ruleid: go.access-control.sensitive-route-no-auth
	r.GET("/admin/users", listUsers)
	// ruleid: go.access-control.sensitive-route-no-auth
	r.DELETE("/api/users/:id", deleteUser)
	// ok: go.access-control.sensitive-route-no-auth
	r.DELETE("/api/admin/users/:id", AdminOnly(), deleteUser)
	// ok: go.access-control.sensitive-route-no-auth
	r.GET("/health", health)
	// ok: go.access-control.sensitive-route-no-auth
	r.GET("/products", products)

	mux := http.NewServeMux()
	// ruleid: go.access-control.sensitive-route-no-auth
	mux.HandleFunc("/internal/export", exportHandler)
	// ok: go.access-control.sensitive-route-no-auth
	mux.Handle("/admin/export", requireAdmin(http.HandlerFunc(exportHandler)))
	go http.ListenAndServe(":8081", mux)
	return r
}

func requireAdmin(next http.Handler) http.Handler { return next }
