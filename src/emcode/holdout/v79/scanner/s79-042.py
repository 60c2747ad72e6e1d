import socketserver

import msgpack


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        unpacker = msgpack.Unpacker(self.rfile, raw=False, max_buffer_size=1 << 20)
        for msg in unpacker:
            if isinstance(msg, dict) and "turbine" in msg:
                print(f"{msg['turbine']!r} rpm={msg.get('rpm')!r}")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 9100), TelemetryHandler) as srv:
        srv.serve_forever()
