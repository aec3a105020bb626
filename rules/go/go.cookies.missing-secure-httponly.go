package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func SetSession(w http.ResponseWriter, id string) {
	// ruleid: go.cookies.missing-secure-httponly
	http.SetCookie(w, &http.Cookie{
		Name:    "session_id",
		Value:   id,
		Path:    "/",
		Expires: time.Now().Add(24 * time.Hour),
	})
}

func SetToken(w http.ResponseWriter, token string) {
	// ruleid: go.cookies.missing-secure-httponly
	cookie := http.Cookie{Name: "token", Value: token, HttpOnly: true, Secure: false}
	http.SetCookie(w, &cookie)
}

func GinLogin(c *gin.Context) {
	// ruleid: go.cookies.missing-secure-httponly
	c.SetCookie("auth", "abc", 3600, "/", "", false, true)
	// ok: go.cookies.missing-secure-httponly
	c.SetCookie("auth", "abc", 3600, "/", "", true, true)
}

func SecureSession(w http.ResponseWriter, id string) {
	// ok: go.cookies.missing-secure-httponly
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    id,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}

func Logout(w http.ResponseWriter) {
	// ok: go.cookies.missing-secure-httponly
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
}
