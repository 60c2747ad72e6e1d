import socket
import ssl

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

with socket.create_connection(("broker.carpark.example", 8883)) as raw:
    with ctx.wrap_socket(raw, server_hostname="broker.carpark.example") as s:
        s.sendall(b"SUBSCRIBE levels/#\n")
        print(s.recv(4096).decode())
