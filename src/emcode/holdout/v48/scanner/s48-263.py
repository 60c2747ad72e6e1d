import socket
import ssl


def open_telemetry(host, port=8443, cafile="/etc/hivewatch/ca.pem"):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port), timeout=5)
    return ctx.wrap_socket(raw, server_hostname=host)
