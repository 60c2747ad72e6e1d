import json
import socketserver

MAX_FRAME = 64 * 1024


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > MAX_FRAME:
            return
        frame = self.rfile.read(size)
        try:
            reading = json.loads(frame)
            inverter = str(reading["inverter"])
            watts = float(reading["watts"])
        except (ValueError, KeyError, TypeError):
            return
        print("inverter", inverter.encode("unicode_escape").decode(), "watts", watts)


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 9400), ReadingHandler) as srv:
        srv.serve_forever()
