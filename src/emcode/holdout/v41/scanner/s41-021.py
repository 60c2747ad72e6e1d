import json
import socket


KIOSK_LAN_ADDR = "10.12.0.1"


def listen(port=5140):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((KIOSK_LAN_ADDR, port))
    while True:
        raw, addr = sock.recvfrom(65535)
        try:
            job = json.loads(raw)
            pledge_id, amount = int(job["pledge_id"]), int(job["amount"])
        except (ValueError, KeyError, TypeError):
            continue
        print(addr[0], "pledge", pledge_id, "for", amount)


if __name__ == "__main__":
    listen()
