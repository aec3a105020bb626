package auth

import (
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"

	"golang.org/x/crypto/pbkdf2"
)

func DeriveKey(password string, salt []byte) []byte {
	// ruleid: go.crypto.pbkdf2-low-iterations
	return pbkdf2.Key([]byte(password), salt, 4096, 32, sha1.New)
}

func HashPassword(password string) ([]byte, []byte) {
	salt := make([]byte, 16)
	rand.Read(salt)
	// ruleid: go.crypto.pbkdf2-low-iterations
	key := pbkdf2.Key([]byte(password), salt, 10000, 32, sha256.New)
	return key, salt
}

func StrongHash(password string, salt []byte) []byte {
	// ok: go.crypto.pbkdf2-low-iterations
	return pbkdf2.Key([]byte(password), salt, 600000, 32, sha256.New)
}

func StrongHashConst(password string, salt []byte) []byte {
	// ok: go.crypto.pbkdf2-low-iterations
	return pbkdf2.Key([]byte(password), salt, 310000, 32, sha256.New)
}
