import ssl
import socket
import json

BROKER = ("broker.iot.example", 8883)


def open_channel():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection(BROKER, timeout=10)
    return ctx.wrap_socket(raw, server_hostname=BROKER[0])


def publish(reading):
    with open_channel() as chan:
        chan.sendall(json.dumps(reading).encode() + b"\n")


if __name__ == "__main__":
    publish({"device": "greenhouse-2", "temp": 21.4})
