import socket
import ssl


FEED_HOST = "feed.guide.museum.example"


def open_feed(port=8443):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((FEED_HOST, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=FEED_HOST)
