import json
import socket


def listen(port: int = 7070) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    positions = {}
    while True:
        data, _ = sock.recvfrom(2048)
        try:
            msg = json.loads(data)
            positions[str(msg["truck"])] = (float(msg["lat"]), float(msg["lon"]))
        except (ValueError, KeyError, TypeError):
            continue


if __name__ == "__main__":
    listen()
