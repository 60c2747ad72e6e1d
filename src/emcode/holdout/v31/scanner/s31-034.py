import pickle
import socketserver
import struct


class ScanHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            header = self.rfile.read(4)
            if len(header) < 4:
                return
            (size,) = struct.unpack("!I", header)
            scan = pickle.loads(self.rfile.read(size))
            print(f"gate {scan['gate']}: {scan['barcode']}")
            self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9500), ScanHandler) as srv:
        srv.serve_forever()
