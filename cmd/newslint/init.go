package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// starter holds the files newslint init writes.
//
//go:embed starter
var starter embed.FS

// starterFiles maps each starter file to where init writes it.
var starterFiles = []struct{ src, dst string }{
	{"starter/newslint.toml", ".newslint.toml"},
	{"starter/house_terms.rego", "newslint-rules/house/house-terms/house_terms.rego"},
	{"starter/house_terms_test.rego", "newslint-rules/house/house-terms/house_terms_test.rego"},
}

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a starter .newslint.toml and an example custom rule with its test",
		Long: `Write, in DIR (default: the working directory), a commented .newslint.toml
and an example custom rule with its test in newslint-rules/. A file that
already exists is never overwritten: init says which it skipped.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			out := cmd.OutOrStdout()
			for _, f := range starterFiles {
				dst := filepath.Join(dir, filepath.FromSlash(f.dst))
				data, err := fs.ReadFile(starter, f.src)
				if err != nil {
					return err
				}
				wrote, err := writeNew(dst, data)
				if err != nil {
					return &codeError{code: exitError, err: err}
				}
				if wrote {
					fmt.Fprintf(out, "wrote   %s\n", dst)
				} else {
					fmt.Fprintf(out, "skipped %s (it exists; not overwritten)\n", dst)
				}
			}
			fmt.Fprint(out, `
Next:
  newslint test newslint-rules                 # run the example rule's tests
  newslint lint --rules newslint-rules ARTICLE # lint with it (the config names it too)
  newslint rules show house-terms              # its options
Writing your own rules: docs/writing-rules.md
`)
			return nil
		},
	}
}

// writeNew creates path with data unless it exists; it reports whether it
// wrote.
func writeNew(path string, data []byte) (bool, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return false, err
	}
	return true, f.Close()
}
