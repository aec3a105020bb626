package config

import (
	"database/sql"
	"os"
)

type Config struct {
	DBUser     string
	DBPassword string
	APIKey     string
}

// ruleid: go.hardcoded-credentials.password-literal
const jwtSecret = "s3cr3t-signing-key-2024"

func Load() Config {
	return Config{
		DBUser: "app",
		// ruleid: go.hardcoded-credentials.password-literal
		DBPassword: "Sup3rS3cret!",
		// ok: go.hardcoded-credentials.password-literal
		APIKey: os.Getenv("API_KEY"),
	}
}

func CheckAdmin(user, password string) bool {
	// ruleid: go.hardcoded-credentials.password-literal
	return user == "admin" && password == "admin123"
}

func Defaults() {
	// ok: go.hardcoded-credentials.password-literal
	password := ""
	// ok: go.hardcoded-credentials.password-literal
	apiKey := "<your-api-key>"
	// ok: go.hardcoded-credentials.password-literal
	tokenHeader := "Authorization"
	// ok: go.hardcoded-credentials.password-literal
	passwordField := "password"
	_, _, _, _ = password, apiKey, tokenHeader, passwordField
	var db *sql.DB
	_ = db
}

var messages = map[int]string{
	// ok: go.hardcoded-credentials.password-literal
	ERROR_AUTH_TOKEN: "Token generation failed",
}

const ERROR_AUTH_TOKEN = 20003
