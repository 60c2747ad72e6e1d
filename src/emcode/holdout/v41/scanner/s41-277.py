import socketserver
import struct

FRAME = struct.Struct(">4sff")


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        data = self.rfile.read(FRAME.size)
        if len(data) != FRAME.size:
            return
        panel, volts, amps = FRAME.unpack(data)
        print("panel", panel.decode("ascii", "replace"), "voltage", round(volts, 2))
        self.wfile.write(b"ok\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("10.40.0.2", 9020), TelemetryHandler) as srv:
        srv.serve_forever()
