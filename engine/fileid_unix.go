//go:build unix

package engine

import (
	"io/fs"
	"syscall"
)

// fileID identifies a file by device and inode, so that a file reached
// through several links (symbolic or hard) is one file.
type fileID struct {
	dev, ino uint64
	path     string // where the system gives no identity
}

func identity(path string, st fs.FileInfo) fileID {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fileID{dev: uint64(s.Dev), ino: uint64(s.Ino)} // Dev is int32 on some systems
	}
	return fileID{path: path}
}
