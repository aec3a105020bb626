package archive

import (
	"archive/tar"
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func Unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			// ruleid: go.path-traversal.zip-slip
			os.MkdirAll(target, 0o755)
			continue
		}
		// ruleid: go.path-traversal.zip-slip
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode())
		if err != nil {
			return err
		}
		rc, _ := f.Open()
		io.Copy(out, rc)
		rc.Close()
		out.Close()
	}
	return nil
}

func SafeUnzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			return fmt.Errorf("illegal file path: %s", f.Name)
		}
		// ok: go.path-traversal.zip-slip
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		out.Close()
	}
	return nil
}

func Untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		path := filepath.Join(dest, hdr.Name)
		// ruleid: go.path-traversal.zip-slip
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		io.Copy(f, tr)
		f.Close()
		// ok: go.path-traversal.zip-slip
		os.Create(filepath.Join(dest, filepath.Base(hdr.Name)))
	}
}

func WriteLog(dest string) error {
	// ok: go.path-traversal.zip-slip
	_, err := os.Create(filepath.Join(dest, "extract.log"))
	return err
}
