package auth

import (
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func ValidateToken(tokenString string) (*jwt.Token, error) {
	// ruleid: go.jwt.missing-algorithm-check
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		return secret, nil
	})
}

type Claims struct {
	UserID string `json:"uid"`
	jwt.RegisteredClaims
}

func ParseClaims(tokenString string) (*Claims, error) {
	claims := &Claims{}
	// ruleid: go.jwt.missing-algorithm-check
	_, err := jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (any, error) {
		return secret, nil
	})
	return claims, err
}

func ValidateChecked(tokenString string) (*jwt.Token, error) {
	// ok: go.jwt.missing-algorithm-check
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return secret, nil
	})
}

func ValidateWithOption(tokenString string) (*jwt.Token, error) {
	// ok: go.jwt.missing-algorithm-check
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}
