#!/usr/bin/env python3
"""Tiny TCP collector: each meter sends one JSON object per line."""
import json
import socketserver

MAX_LINE = 4096


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline(MAX_LINE)
            if not line:
                break
            try:
                msg = json.loads(line)
                serial = str(msg["serial"])
                litres = float(msg["litres"])
            except (ValueError, KeyError, TypeError):
                self.wfile.write(b"ERR\n")
                continue
            self.server.readings.append((serial, litres))
            self.wfile.write(b"OK\n")


class Collector(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr):
        super().__init__(addr, ReadingHandler)
        self.readings = []


if __name__ == "__main__":
    with Collector(("127.0.0.1", 9400)) as srv:
        srv.serve_forever()
