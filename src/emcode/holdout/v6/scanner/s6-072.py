import socket
import ssl

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

with socket.create_connection(("mail.example.com", 993)) as sock:
    with ctx.wrap_socket(sock, server_hostname="mail.example.com") as s:
        s.sendall(b"a1 LOGIN user pass\r\n")
        print(s.recv(1024))
