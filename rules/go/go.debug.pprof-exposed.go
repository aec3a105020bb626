package main

import (
	"log"
	"net/http"
	// ruleid: go.debug.pprof-exposed
	_ "net/http/pprof"

	"github.com/gin-contrib/pprof"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	// ruleid: go.debug.pprof-exposed
	pprof.Register(r)
	go r.Run(":9090")

	http.HandleFunc("/api/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	// ok: go.debug.pprof-exposed
	log.Fatal(http.ListenAndServe(":8080", nil))
}
