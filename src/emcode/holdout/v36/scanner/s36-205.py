import pickle as serializer
import socketserver


class ManifestHandler(socketserver.StreamRequestHandler):
    def handle(self):
        blob = self.rfile.read()
        manifest = serializer.loads(blob)
        vessel = manifest["vessel"]
        count = len(manifest.get("containers", []))
        self.wfile.write(f"{vessel}: {count} containers\n".encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 7070), ManifestHandler) as srv:
        srv.serve_forever(poll_inter