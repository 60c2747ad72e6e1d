import json
import socketserver


class SensorHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        if size > 4096:
            return
        try:
            reading = json.loads(self.rfile.read(size))
            sensor, value = str(reading["sensor"]), float(reading["value"])
        except (ValueError, KeyError, TypeError):
            return
        print(f"{self.client_address[0]} {sensor!r}={value}")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9100), SensorHandler) as srv:
        srv.serve_forever()
