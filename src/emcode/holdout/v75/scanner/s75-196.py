import os
import socketserver

import msgpack


class ValidatorHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(65536)
        try:
            msg = msgpack.unpackb(data, raw=False, max_bin_len=4096, max_str_len=4096)
        except (msgpack.ExtraData, ValueError):
            return
        if isinstance(msg, dict) and msg.get("type") == "tap":
            print("tap on route", msg.get("route"))
        self.request.sendall(b"ok")


if __name__ == "__main__":
    with socketserver.TCPServer((os.environ.get("VALIDATOR_BIND", "127.0.0.1"), 9300), ValidatorHandler) as srv:
        srv.serve_forever()
