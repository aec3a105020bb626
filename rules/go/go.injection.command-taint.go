package tools

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"

	"github.com/labstack/echo/v4"
)

func PingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.injection.command-taint
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func SafePingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if net.ParseIP(host) == nil {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command-taint
	out, _ := exec.Command("ping", "-c", "1", host).CombinedOutput()
	w.Write(out)
}

func runTool(ctx context.Context, tool string) ([]byte, error) {
	// ruleid: go.injection.command-taint
	return exec.CommandContext(ctx, tool, "--version").Output()
}

func VersionHandler(c echo.Context) error {
	out, err := runTool(c.Request().Context(), c.QueryParam("tool"))
	if err != nil {
		return err
	}
	return c.String(http.StatusOK, string(out))
}

func Convert(c echo.Context) error {
	name := c.FormValue("file")
	// ruleid: go.injection.command-taint
	cmd := exec.Command("bash", "-c", fmt.Sprintf("convert %s out.png", name))
	// ok: go.injection.command-taint
	safe := exec.Command("convert", "--", name, "out.png")
	_ = safe
	return cmd.Run()
}

func main() {
	// ok: go.injection.command-taint
	exec.Command("sh", "-c", "echo started >> /var/log/app.log").Run()
	// ruleid: go.injection.command-taint
	exec.Command("sh", "-c", os.Args[1]).Run()
}
