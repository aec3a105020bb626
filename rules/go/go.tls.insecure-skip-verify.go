package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"time"
)

func NewInsecureClient() *http.Client {
	tr := &http.Transport{
		// ruleid: go.tls.insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func Patch(cfg *tls.Config) {
	// ruleid: go.tls.insecure-skip-verify
	cfg.InsecureSkipVerify = true
}

func NewClient(caPEM []byte) *http.Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	// ok: go.tls.insecure-skip-verify
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func Strict(cfg *tls.Config) {
	// ok: go.tls.insecure-skip-verify
	cfg.InsecureSkipVerify = false
}
