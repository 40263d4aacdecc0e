package report

import (
	"bytes"
	"io"
	"os"
)

// spoolMemory is how much a spool keeps in memory before it moves to a
// temporary file: a report of a few hundred files never touches the disk,
// one of 50,000 does not grow the heap.
var spoolMemory = 1 << 20

// spool holds the parts of a report that must be written after something
// only the end of the run knows (SARIF's invocation, JUnit's totals, the
// HTML summary): in memory while small, then in an unlinked temporary
// file. It is written once, then read back.
type spool struct {
	mem  bytes.Buffer
	file *os.File
	size int64
	err  error
	// removeAtClose: the file could not be unlinked while open (Windows).
	removeAtClose bool
}

func (s *spool) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file == nil && s.mem.Len()+len(p) > spoolMemory {
		f, err := os.CreateTemp("", "newslint-report-*")
		if err != nil {
			// No temporary folder: keep going in memory rather than fail
			// the report.
			n, _ := s.mem.Write(p)
			s.size += int64(n)
			return n, nil
		}
		// Unlinked at once where the system allows it, so that nothing is
		// left behind however the run ends.
		if os.Remove(f.Name()) != nil {
			s.removeAtClose = true
		}
		s.file = f
		if _, err := s.mem.WriteTo(f); err != nil {
			s.err = err
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	var n int
	if s.file != nil {
		n, s.err = s.file.Write(p)
	} else {
		n, _ = s.mem.Write(p)
	}
	s.size += int64(n)
	return n, s.err
}

// WriteString writes s (io.StringWriter).
func (s *spool) WriteString(str string) (int, error) { return s.Write([]byte(str)) }

// ReadAt reads back what was written (io.ReaderAt).
func (s *spool) ReadAt(p []byte, off int64) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file != nil {
		return s.file.ReadAt(p, off)
	}
	b := s.mem.Bytes()
	if off >= int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// copyTo writes the whole spool to w.
func (s *spool) copyTo(w io.Writer) error {
	if s.err != nil {
		return s.err
	}
	_, err := io.Copy(w, io.NewSectionReader(s, 0, s.size))
	return err
}

// copyRange writes size bytes from off to w.
func (s *spool) copyRange(w io.Writer, off, size int64) error {
	_, err := io.Copy(w, io.NewSectionReader(s, off, size))
	return err
}

// Close releases the spool.
func (s *spool) Close() error {
	s.mem = bytes.Buffer{}
	if s.file == nil {
		return nil
	}
	name := s.file.Name()
	err := s.file.Close()
	if s.removeAtClose {
		os.Remove(name)
	}
	s.file = nil
	return err
}
