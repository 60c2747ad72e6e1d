import socket
import ssl


def open_scoreboard_feed(host, port=8443):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)
