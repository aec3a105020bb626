package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

func NewSigningKey() (*rsa.PrivateKey, error) {
	// ruleid: go.crypto.rsa-short-key
	return rsa.GenerateKey(rand.Reader, 1024)
}

func NewTestKey() *rsa.PrivateKey {
	// ruleid: go.crypto.rsa-short-key
	k, _ := rsa.GenerateMultiPrimeKey(rand.Reader, 3, 512)
	return k
}

func NewKey() (*rsa.PrivateKey, error) {
	// ok: go.crypto.rsa-short-key
	return rsa.GenerateKey(rand.Reader, 2048)
}

func NewStrongKey() (*rsa.PrivateKey, error) {
	// ok: go.crypto.rsa-short-key
	return rsa.GenerateKey(rand.Reader, 4096)
}
