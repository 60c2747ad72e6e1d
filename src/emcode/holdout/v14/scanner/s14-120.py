import json
import socketserver
import struct


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(4)
        if len(header) != 4:
            return
        (size,) = struct.unpack("!I", header)
        if size > 65536:
            return
        msg = json.loads(self.rfile.read(size).decode("utf-8"))
        reply = json.dumps({"echo": msg.get("text", ""), "len": size}).encode()
        self.wfile.write(struct.pack("!I", len(reply)) + reply)


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), Handler) as srv:
        srv.serve_forever()
