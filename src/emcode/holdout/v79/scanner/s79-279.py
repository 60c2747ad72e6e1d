import socket
import ssl


def open_scada_link(host, port=8883, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)
