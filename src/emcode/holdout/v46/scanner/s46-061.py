import os
import socket

import msgpack


def listen(port=5140):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((os.environ.get("TELEMETRY_BIND", "127.0.0.1"), port))
    while True:
        data, addr = sock.recvfrom(2048)
        try:
            msg = msgpack.unpackb(data, raw=False, strict_map_key=True)
        except (msgpack.ExtraData, msgpack.FormatError, ValueError):
            continue
        if isinstance(msg, dict):
            print(addr[0], msg.get("station"), msg.get("air_temp"))


if __name__ == "__main__":
    listen()
