import json
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 65536:
            return
        try:
            job = json.loads(self.rfile.read(size).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return
        job_id = str(job.get("id", ""))[:64]
        out = json.dumps({"job_id": job_id, "status": "queued"}).encode()
        self.wfile.write(len(out).to_bytes(4, "big") + out)


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), JobHandler) as srv:
        srv.serve_forever()
