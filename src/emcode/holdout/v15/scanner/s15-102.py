import socket
from urllib.parse import parse_qs, unquote, urlsplit


def respond(conn):
    request_line = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
    path = request_line.split(" ")[1] if " " in request_line else "/"
    lang = unquote(parse_qs(urlsplit(path).query).get("lang", ["en"])[0])
    head = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Language: " + lang + "\r\n\r\n"
    conn.sendall(head.encode("latin-1", "replace") + b"ok")


def serve(port=8080):
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))
        s.listen()
        while True:
            c, _ = s.accept()
            with c:
                respond(c)
