package main

import (
	"log"
	"net/http"
	// ok: go.debug.pprof-exposed
	_ "net/http/pprof"
)

// The profiler's handlers are registered on the default mux, but the server only listens on the loopback interface.
func main() {
	http.HandleFunc("/api/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	log.Fatal(http.ListenAndServe("localhost:6060", nil))
}
