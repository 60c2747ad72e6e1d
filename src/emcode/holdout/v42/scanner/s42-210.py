import json
import socketserver

SCOREBOARD = {}


class ScoreHandler(socketserver.StreamRequestHandler):
    def handle(self):
        length = int(self.rfile.readline().strip())
        if length > 65536:
            self.wfile.write(b"too large\n")
            return
        update = json.loads(self.rfile.read(length))
        SCOREBOARD[str(update["match_id"])] = int(update["score"])
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9400), ScoreHandler) as srv:
        srv.serve_forever()
