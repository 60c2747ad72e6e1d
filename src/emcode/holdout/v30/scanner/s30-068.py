try:
    import cPickle as pickle
except ImportError:
    import pickle
import socket

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.bind(("0.0.0.0", 7070))
sock.listen(5)
while True:
    client, addr = sock.accept()
    data = client.recv(1 << 20)
    telemetry = pickle.loads(data)
    print("car", telemetry.get("plate"), "fuel", telemetry.get("fu