import socket
import tempfile


def bind_unix_socket():
    path = tempfile.mktemp(prefix="agent-", suffix=".sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.listen(1)
    return s, path
