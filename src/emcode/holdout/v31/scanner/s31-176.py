import json
import socketserver
import struct

MAX_FRAME = 4096


class ScanHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            header = self.rfile.read(4)
            if len(header) < 4:
                return
            (size,) = struct.unpack("!I", header)
            if size > MAX_FRAME:
                return
            try:
                scan = json.loads(self.rfile.read(size))
                gate, barcode = int(scan["gate"]), str(scan["barcode"])
            except (ValueError, KeyError, TypeError):
                self.wfile.write(b"ERR\n")
                continue
            print(f"gate {gate}: {barcode!r}")
            self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("10.20.0.5", 9500), ScanHandler) as srv:
        srv.serve_forever()
