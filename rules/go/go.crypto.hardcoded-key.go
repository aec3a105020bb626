package auth

import (
	"crypto/aes"
	"crypto/hmac"
	"crypto/sha256"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/sessions"
)

// ruleid: go.crypto.hardcoded-key
var store = sessions.NewCookieStore([]byte("super-secret-key"))

func IssueToken(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "exp": time.Now().Add(time.Hour).Unix()}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go.crypto.hardcoded-key
	return token.SignedString([]byte("my_jwt_secret"))
}

func Sign(msg []byte) []byte {
	key := []byte("hmac-key-0123456789")
	// ruleid: go.crypto.hardcoded-key
	mac := hmac.New(sha256.New, key)
	mac.Write(msg)
	return mac.Sum(nil)
}

func IssueTokenFromEnv(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID})
	// ok: go.crypto.hardcoded-key
	return token.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

func NewBlock() error {
	key := []byte(os.Getenv("DATA_KEY"))
	// ok: go.crypto.hardcoded-key
	_, err := aes.NewCipher(key)
	return err
}
