package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	// ruleid: go.debug.framework-debug-mode
	gin.SetMode(gin.DebugMode)
	r := gin.Default()
	go r.Run(":8080")

	e := echo.New()
	// ruleid: go.debug.framework-debug-mode
	e.Debug = true
	// ok: go.debug.framework-debug-mode
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{DisableStackAll: true}))
	e.Start(":8081")
}

func configure(e *echo.Echo) {
	// ok: go.debug.framework-debug-mode
	gin.SetMode(gin.ReleaseMode)
	// ok: go.debug.framework-debug-mode
	e.Debug = os.Getenv("APP_ENV") == "development"
}
