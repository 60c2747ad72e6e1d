import socket
import pickle as serial

HOST, PORT = "0.0.0.0", 6001


def handle(conn):
    buf = conn.recv(1 << 16)
    msg = serial.loads(buf)
    kind = msg.get("kind")
    if kind == "ping":
        conn.sendall(b"pong")
    elif kind == "sum":
        conn.sendall(str(sum(msg["values"])).encode())
    else:
        conn.sendall(b"unknown kind: " + str(ki