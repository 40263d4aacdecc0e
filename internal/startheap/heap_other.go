//go:build !linux

// Package startheap readies the heap for newslint's start-up where the
// kernel takes advice on huge pages (see heap_linux.go); elsewhere it does
// nothing.
package startheap
