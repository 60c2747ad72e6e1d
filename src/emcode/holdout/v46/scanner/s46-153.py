try:
    import cPickle as pickle
except ImportError:
    import pickle
import json
import socket

HOST, PORT = "127.0.0.1", 7070


def serve():
    with socket.socket() as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, addr = srv.accept()
            with conn:
                data = b""
                while chunk := conn.recv(4096):
                    data += chunk
                reading = json.loads(data.dec