import json
import socketserver


class ManifestHandler(socketserver.StreamRequestHandler):
    def handle(self):
        blob = self.rfile.read(1_000_000)
        try:
            manifest = json.loads(blob)
        except ValueError:
            self.wfile.write(b"bad manifest\n")
            return
        vessel = str(manifest.get("vessel", "?"))
        count = len(manifest.get("containers", []))
        self.wfile.write(f"{vessel}: {count} containers\n".encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 7070), ManifestHandler) as srv:
        srv.serve_forever(poll_inter