package files

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const uploadDir = "./uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(uploadDir, name)
	// ruleid: go.path-traversal.file-access-taint
	data, err := os.ReadFile(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func DownloadBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go.path-traversal.file-access-taint
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func DownloadChecked(w http.ResponseWriter, r *http.Request) {
	base, _ := filepath.Abs(uploadDir)
	p, err := filepath.Abs(filepath.Join(base, r.URL.Query().Get("file")))
	if err != nil || !strings.HasPrefix(p, base+string(os.PathSeparator)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go.path-traversal.file-access-taint
	f, _ := os.Open(p)
	defer f.Close()
}

func Serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.path-traversal.file-access-taint
	http.ServeFile(w, r, "static/"+r.URL.Path)
}

func DeleteAvatar(c *gin.Context) {
	user := c.Param("user")
	// ruleid: go.path-traversal.file-access-taint
	os.Remove(filepath.Join("avatars", user+".png"))
	c.Status(http.StatusNoContent)
}

func Upload(c *gin.Context) {
	file, err := c.FormFile("file")
	if err != nil {
		return
	}
	// ruleid: go.path-traversal.file-access-taint
	c.SaveUploadedFile(file, filepath.Join(uploadDir, file.Filename))
	// ok: go.path-traversal.file-access-taint
	c.SaveUploadedFile(file, filepath.Join(uploadDir, filepath.Base(file.Filename)))
	// ok: go.path-traversal.file-access-taint
	c.File(filepath.Join(uploadDir, filepath.Clean("/"+c.Query("name"))))
}

func ReadConfig() ([]byte, error) {
	// ok: go.path-traversal.file-access-taint
	return os.ReadFile("config/app.yaml")
}
