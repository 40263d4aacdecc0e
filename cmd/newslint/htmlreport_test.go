package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newslint/newslint/engine/report"
)

// chromium finds a headless browser: the test runs in CI, where .ci/run
// installs Debian's chromium and sets NEWSLINT_BROWSER_TESTS=1, and where
// one is installed; it is skipped elsewhere.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("NEWSLINT_BROWSER_TESTS") != "" {
		t.Fatal("NEWSLINT_BROWSER_TESTS is set but no chromium is installed")
	}
	t.Skip("no chromium installed (set NEWSLINT_BROWSER_TESTS=1 to require it)")
	return ""
}

// TestHTMLReportInABrowser opens the report of testdata/ from disk in a
// headless browser, with the network off, and checks what the browser
// built: it loaded without a console error, and every finding of the JSON
// report is a highlighted element in its file's text whose title carries
// its message, and an entry in the side list.
func TestHTMLReportInABrowser(t *testing.T) {
	browser := chromium(t)
	root := repoRoot(t)
	page := filepath.Join(t.TempDir(), "report.html")
	out, stderr, code := runCLI(t, root, "", "lint", "--no-config", "-f", "json", "-f", "html="+page, "testdata/")
	if code > 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+t.TempDir(),
		"--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+page)
	var dom, log strings.Builder
	cmd.Stdout, cmd.Stderr = &dom, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, log.String())
	}
	if strings.Contains(log.String(), "CONSOLE") || strings.Contains(log.String(), "Uncaught") {
		t.Errorf("the page logged to the console:\n%s", log.String())
	}
	tree, err := html.Parse(strings.NewReader(dom.String()))
	if err != nil {
		t.Fatal(err)
	}
	external := 0               // elements that would load something
	marks := map[int][]string{} // finding number -> titles of its marks
	listed := map[int]string{}  // finding number -> its side-list text
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			a := map[string]string{}
			for _, at := range n.Attr {
				a[at.Key] = at.Val
			}
			if _, ok := a["src"]; ok || n.Data == "link" || n.Data == "script" {
				external++
			}
			if n.Data == "mark" {
				for _, id := range strings.Fields(a["data-findings"]) {
					k, _ := strconv.Atoi(id)
					marks[k] = append(marks[k], a["title"])
				}
			}
			if n.Data == "li" && strings.HasPrefix(a["id"], "l-") {
				k, _ := strconv.Atoi(strings.TrimPrefix(a["id"], "l-"))
				listed[k] = textOf(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(tree)
	if len(doc.Findings) < 50 {
		t.Fatalf("only %d findings in testdata/: the test would prove little", len(doc.Findings))
	}
	for i, f := range doc.Findings {
		n := i + 1
		if !strings.Contains(strings.Join(marks[n], "\n"), f.Message) {
			t.Errorf("finding %d (%s at %s:%d) is not highlighted with its message", n, f.Rule, f.Path, f.Line)
		}
		if !strings.Contains(listed[n], f.Message) {
			t.Errorf("finding %d (%s) is not in the side list", n, f.Rule)
		}
	}
	if external > 0 {
		t.Errorf("%d elements load scripts, styles or media: the page must stand alone", external)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
