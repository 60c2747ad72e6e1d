import json
import socketserver


class ScanHandler(socketserver.StreamRequestHandler):
    """Receives barcode scan batches from the warehouse handhelds."""

    def handle(self):
        size = int(self.rfile.readline().strip())
        if size > 1_000_000:
            self.wfile.write(b"ERR too large\n")
            return
        payload = self.rfile.read(size)
        batch = json.loads(payload)
        for sku, qty in batch:
            print("scan %s x%d" % (str(sku).isalnum() and sku or "?", int(qty)))
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    import os

    bind = os.environ.get("SCAN_BIND", "127.0.0.1")
    with socketserver.TCPServer((bind, 9100), ScanHandler) as srv:
        srv.serve_forever()
