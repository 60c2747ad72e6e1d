import json
import socket

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.bind(("127.0.0.1", 7070))
sock.listen(5)
while True:
    client, addr = sock.accept()
    data = client.recv(1 << 20)
    telemetry = json.loads(data)
    print("car", telemetry.get("plate"), "fuel", telemetry.get("fu