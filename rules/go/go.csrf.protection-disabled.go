package main

import (
	"net/http"

	"github.com/gorilla/csrf"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func skipCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go.csrf.protection-disabled
		r = csrf.UnsafeSkipCheck(r)
		next.ServeHTTP(w, r)
	})
}

func router(key []byte) http.Handler {
	r := mux.NewRouter()
	r.Use(skipCSRF)
	// ruleid: go.csrf.protection-disabled
	protect := csrf.Protect(key, csrf.Secure(false))
	// ok: go.csrf.protection-disabled
	strict := csrf.Protect(key, csrf.Secure(true), csrf.Path("/"))
	_ = strict
	return protect(r)
}

func echoApp() *echo.Echo {
	e := echo.New()
	// ruleid: go.csrf.protection-disabled
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{Skipper: func(c echo.Context) bool { return true }}))
	// ok: go.csrf.protection-disabled
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "header:X-CSRF-Token"}))
	return e
}
