package main

import (
	"net/http"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func setupGin() *gin.Engine {
	r := gin.Default()
	// ruleid: go.cors.wildcard-with-credentials
	r.Use(cors.New(cors.Config{
		AllowAllOrigins:  true,
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
	return r
}

func setupEcho() *echo.Echo {
	e := echo.New()
	// ruleid: go.cors.wildcard-with-credentials
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"*"}, AllowCredentials: true}))
	// ok: go.cors.wildcard-with-credentials
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"https://app.example.com"}, AllowCredentials: true}))
	return e
}

func corsMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go.cors.wildcard-with-credentials
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func publicAPI() *gin.Engine {
	r := gin.New()
	// ok: go.cors.wildcard-with-credentials
	r.Use(cors.New(cors.Config{AllowAllOrigins: true, AllowMethods: []string{"GET"}}))
	return r
}
