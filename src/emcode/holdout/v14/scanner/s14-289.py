import os
import socket
import tempfile


def bind_unix_socket():
    d = tempfile.mkdtemp(prefix="agent-")
    path = os.path.join(d, "agent.sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.listen(1)
    return s, path
