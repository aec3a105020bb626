package proxy

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 10 * time.Second}

func FetchPreview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go.ssrf.http-request-taint
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Webhook(c *gin.Context) {
	callback := c.PostForm("callback")
	// ruleid: go.ssrf.http-request-taint
	req, _ := http.NewRequestWithContext(c.Request.Context(), http.MethodPost, callback, nil)
	client.Do(req)
}

func Avatar(c *gin.Context) {
	host := c.Query("host")
	// ruleid: go.ssrf.http-request-taint
	resp, err := client.Get(fmt.Sprintf("http://%s/avatar.png", host))
	if err == nil {
		resp.Body.Close()
	}
}

func UserProfile(c *gin.Context) {
	id := c.Param("id")
	// ok: go.ssrf.http-request-taint
	resp, err := client.Get("https://api.example.com/users/" + url.PathEscape(id))
	if err == nil {
		resp.Body.Close()
	}
	// ok: go.ssrf.http-request-taint
	resp2, err := http.Get(fmt.Sprintf("https://api.example.com/users/%s/repos", id))
	if err == nil {
		resp2.Body.Close()
	}
}
