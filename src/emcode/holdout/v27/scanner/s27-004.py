import json
import socketserver


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(4096)
        try:
            reading = json.loads(line)
            sensor, temp = str(reading["sensor"]), float(reading["c"])
        except (ValueError, KeyError, TypeError):
            self.wfile.write(b"ERR\n")
            return
        print("sensor", repr(sensor), "temp", temp)
        self.wfile.write(b"OK\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), TelemetryHandler) as srv:
        srv.serve_forever()
