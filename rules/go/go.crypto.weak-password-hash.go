package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email        string
	Password     string
	PasswordHash string
}

func HashPassword(password string) string {
	// ruleid: go.crypto.weak-password-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func Register(u *User) {
	// ruleid: go.crypto.weak-password-hash
	digest := sha256.Sum256([]byte(u.Password))
	u.PasswordHash = hex.EncodeToString(digest[:])
}

func LegacyHash(pwd string) string {
	h := sha1.New()
	// ruleid: go.crypto.weak-password-hash
	h.Write([]byte(pwd))
	return hex.EncodeToString(h.Sum(nil))
}

func SecureHash(password string) ([]byte, error) {
	// ok: go.crypto.weak-password-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func ETag(body []byte) string {
	// ok: go.crypto.weak-password-hash
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}
