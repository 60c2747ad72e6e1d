import socket
import ssl

ctx = ssl.create_default_context()
with socket.create_connection(("mail.example.com", 993)) as sock:
    with ctx.wrap_socket(sock, server_hostname="mail.example.com") as s:
        print(s.version())
