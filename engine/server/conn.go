package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"regexp"
	"strconv"
)

// net/http answers some malformed requests itself, before any handler
// runs, by writing a plain-text response straight to the connection
// ("HTTP/1.1 431 Request Header Fields Too Large", "400 Bad Request:
// malformed Host header", ...). jsonErrorsListener rewrites exactly those
// writes into the JSON error body every other error has. The server's own
// answers are always JSON and never match.

type jsonErrorsListener struct{ net.Listener }

func (l jsonErrorsListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return jsonErrorsConn{c}, nil
}

type jsonErrorsConn struct{ net.Conn }

// plainError is net/http's own error answer: status line, these two
// headers, and a short text body.
var plainError = regexp.MustCompile(`\AHTTP/1\.[01] (\d{3}) ([^\r\n]*)\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n([^\r\n]*)\z`)

func (c jsonErrorsConn) Write(b []byte) (int, error) {
	if len(b) > 512 || !bytes.HasPrefix(b, []byte("HTTP/1.")) {
		return c.Conn.Write(b)
	}
	m := plainError.FindSubmatch(b)
	if m == nil {
		return c.Conn.Write(b)
	}
	status, _ := strconv.Atoi(string(m[1]))
	msg := string(m[3])
	if status == 431 {
		msg = fmt.Sprintf("request headers over the %d-byte limit", MaxHeaderBytes)
	}
	body, _ := json.Marshal(ErrorBody{Error: msg, Status: status})
	body = append(body, '\n')
	out := fmt.Appendf(nil, "HTTP/1.1 %s %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", m[1], m[2], len(body), body)
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
