package backup

import (
	"fmt"
	"os/exec"
	"strings"
)

func Archive(dir, out string) error {
	// ruleid: go.injection.command-shell-format
	cmd := exec.Command("sh", "-c", fmt.Sprintf("tar -czf %s %s", out, dir))
	return cmd.Run()
}

func Grep(pattern string, files []string) ([]byte, error) {
	// ruleid: go.injection.command-shell-format
	return exec.Command("/bin/bash", "-c", "grep -n "+pattern+" "+strings.Join(files, " ")).Output()
}

func SafeArchive(dir, out string) error {
	// ok: go.injection.command-shell-format
	return exec.Command("tar", "-czf", out, "--", dir).Run()
}

func Uptime() ([]byte, error) {
	// ok: go.injection.command-shell-format
	return exec.Command("sh", "-c", "uptime | awk '{print $3}'").Output()
}
