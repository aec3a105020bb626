package server

import (
	"crypto/tls"
	"net/http"
)

func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":8443",
		Handler: h,
		// ruleid: go.tls.old-version
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS10},
	}
}

func Legacy(cfg *tls.Config) {
	// ruleid: go.tls.old-version
	cfg.MinVersion = tls.VersionTLS11
}

func Modern() *tls.Config {
	// ok: go.tls.old-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func Strict(cfg *tls.Config) {
	// ok: go.tls.old-version
	cfg.MinVersion = tls.VersionTLS13
}
