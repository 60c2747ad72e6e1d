import json
import struct


def receive(sock):
    header = sock.recv(4)
    (length,) = struct.unpack("!I", header)
    if length > 10_000_000:
        raise ValueError("message too large")
    payload = b""
    while len(payload) < length:
        chunk = sock.recv(length - len(payload))
        if not chunk:
            raise ConnectionError("peer closed")
        payload += chunk
    return json.loads(payload)
