import pickle as serializer
import socketserver


class SensorHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        reading = serializer.loads(self.rfile.read(size))
        print(f"{self.client_address[0]} {reading['sensor']}={reading['value']}")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9100), SensorHandler) as srv:
        srv.serve_forever()
