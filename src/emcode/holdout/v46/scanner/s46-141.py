try:
    import cPickle as pickle
except ImportError:
    import pickle
import socket

HOST, PORT = "0.0.0.0", 7070


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
                reading = pickle.loads(data)
                print(f"station {reading['station']} at {reading['ts']}: {reading['temp_c']} C")
                conn.sendall(b"ok"