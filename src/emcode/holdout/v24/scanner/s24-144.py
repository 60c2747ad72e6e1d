import socket
from six.moves import cPickle as pickle


def serve(port=5050):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        data = b""
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        reading = pickle.loads(data)
        print(addr, reading.get("inverter"), reading.get("kw"))
        conn.close()
