import socketserver

import msgpack

READINGS = []


class TelemetryHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request[0]
        try:
            frame = msgpack.unpackb(data, raw=False, max_bin_len=4096, max_str_len=1024)
        except (ValueError, msgpack.ExtraData):
            return
        if isinstance(frame, dict) and "device" in frame:
            READINGS.append(frame)


if __name__ == "__main__":
    with socketserver.UDPServer(("127.0.0.1", 9911), TelemetryHandler) as srv:
        srv.serve_forever()
