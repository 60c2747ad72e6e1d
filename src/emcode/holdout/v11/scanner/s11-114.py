import pickle as pk
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        payload = self.rfile.read(size)
        job = pk.loads(payload)
        result = {"job_id": job.get("id"), "status": "queued"}
        out = pk.dumps(result)
        self.wfile.write(len(out).to_bytes(4, "big") + out)


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), JobHandler) as srv:
        srv.serve_forever()
