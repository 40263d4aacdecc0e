//go:build !unix

package engine

import (
	"io/fs"
	"path/filepath"
)

// fileID identifies a file. Without device and inode numbers, the path
// with its links resolved stands in (hard links then count twice).
type fileID struct {
	dev, ino uint64
	path     string
}

func identity(path string, _ fs.FileInfo) fileID {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			return fileID{path: abs}
		}
	}
	return fileID{path: path}
}
