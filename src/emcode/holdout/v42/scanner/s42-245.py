import socketserver
from pickle import loads as decode

SCOREBOARD = {}


class ScoreHandler(socketserver.StreamRequestHandler):
    def handle(self):
        length = int(self.rfile.readline().strip())
        payload = self.rfile.read(length)
        update = decode(payload)
        SCOREBOARD[update["match_id"]] = update["score"]
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9400), ScoreHandler) as srv:
        srv.serve_forever()
