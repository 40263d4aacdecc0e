package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritingRulesWalkthrough runs the shell blocks of docs/writing-rules.md
// in order, in a fresh directory, with the built binary as newslint: the
// walk-through must work as written. A block fenced as "```sh" must exit 0,
// "```sh exit=N" must exit N (its last command), "```sh skip" (installing)
// is not run. The blocks run in one shell, so a cd carries over.
func TestWritingRulesWalkthrough(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	f, err := os.Open(filepath.Join(repoRoot(t), "docs", "writing-rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var script strings.Builder
	script.WriteString("set -e\n")
	sc := bufio.NewScanner(f)
	line, blocks := 0, 0
	var block []string
	want, start := -1, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case want < 0 && strings.HasPrefix(text, "```sh"):
			info := strings.Fields(strings.TrimPrefix(text, "```"))
			want, start, block = 0, line, nil
			for _, f := range info[1:] {
				if f == "skip" {
					want = -2
				}
				fmt.Sscanf(f, "exit=%d", &want)
			}
		case want != -1 && text == "```":
			if want != -2 {
				blocks++
				fmt.Fprintf(&script, "echo '== docs/writing-rules.md:%d'\n", start)
				if want == 0 {
					fmt.Fprintf(&script, "%s\n", strings.Join(block, "\n"))
				} else {
					fmt.Fprintf(&script, "set +e\n%s\ncode=$?\nset -e\nif [ $code -ne %d ]; then echo \"the block exited $code, want %d\"; exit 99; fi\n",
						strings.Join(block, "\n"), want, want)
				}
			}
			want = -1
		case want != -1:
			block = append(block, text)
		}
	}
	if blocks < 5 {
		t.Fatalf("found %d runnable sh blocks in docs/writing-rules.md", blocks)
	}
	dir := filepath.Join(t.TempDir(), "newslint")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", script.String())
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"), "NO_COLOR=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("walk-through failed: %v\n%s", err, out)
	}
}
