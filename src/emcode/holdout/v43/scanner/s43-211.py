import json
import socket
import ssl

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

with socket.create_connection(("gas-gateway.minesite.local", 8883)) as raw:
    with ctx.wrap_socket(raw, server_hostname="gas-gateway.minesite.local") as s:
        s.sendall(b'{"cmd": "latest"}\n')
        data = s.recv(65536)
print(json.loads(data))
