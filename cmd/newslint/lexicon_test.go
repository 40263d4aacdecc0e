package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUserLexicon extends and overrides the built-in lexicon with --data:
// a phrase added to a class is reported by that class's rule, a removed
// built-in phrase is not, and a broken entry is an error naming it.
func TestUserLexicon(t *testing.T) {
	dir := t.TempDir()
	write := func(path, content string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	article := filepath.Join(dir, "story.txt")
	write(article, "Ferries return to the east harbour\n\n"+
		"The east harbour reopened to ferries on Thursday after six weeks of repairs to the breakwater, the port authority said.\n\n"+
		"More from our partners\n\n"+
		"Crews replaced more than 400 concrete blocks that the February storm had pushed into the channel.\n\n"+
		"Read more\n")
	lexicon := filepath.Join(dir, "lexicon.toml")
	write(lexicon, "[lexicon.page-chrome]\nen = [\"^more from our partners$\"]\nremove = [\"^read more$\"]\n")

	out, _, code := runCLI(t, dir, "", "lint", "--fail-level", "none", "story.txt")
	if code != 0 || !strings.Contains(out, `page-chrome page furniture in the article body: "Read more"`) || strings.Contains(out, "More from our partners\"") {
		t.Fatalf("built-in lexicon: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, dir, "", "lint", "--fail-level", "none", "--data", "lexicon.toml", "story.txt")
	if code != 0 || !strings.Contains(out, `page furniture in the article body: "More from our partners"`) || strings.Contains(out, `"Read more"`) {
		t.Fatalf("with the user's lexicon: exit %d\n%s", code, out)
	}

	write(lexicon, "[lexicon.placeholder]\npatterns = [\"(unclosed\"]\n")
	_, stderr, code := runCLI(t, dir, "", "lint", "--data", "lexicon.toml", "story.txt")
	if code != 2 || !strings.Contains(stderr, "lexicon: placeholder.patterns") {
		t.Fatalf("broken pattern: exit %d, stderr %q", code, stderr)
	}
}
