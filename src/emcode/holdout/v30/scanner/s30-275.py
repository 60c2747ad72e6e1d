import socketserver
from pickle import loads as decode


class ScanHandler(socketserver.StreamRequestHandler):
    """Receives barcode scan batches from the warehouse handhelds."""

    def handle(self):
        size = int(self.rfile.readline().strip())
        payload = self.rfile.read(size)
        batch = decode(payload)
        for sku, qty in batch:
            print(f"scan {sku} x{qty}")
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9100), ScanHandler) as srv:
        srv.serve_forever()
