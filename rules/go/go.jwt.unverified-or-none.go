package auth

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

func CurrentUser(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go.jwt.unverified-or-none
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

func DevToken(user string) (string, error) {
	// ruleid: go.jwt.unverified-or-none
	token := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": user})
	// ruleid: go.jwt.unverified-or-none
	return token.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func VerifiedUser(raw string, key []byte) (string, error) {
	claims := jwt.MapClaims{}
	// ok: go.jwt.unverified-or-none
	token, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !token.Valid {
		return "", errors.New("invalid token")
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

func Sign(user string, key []byte) (string, error) {
	// ok: go.jwt.unverified-or-none
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(key)
}
