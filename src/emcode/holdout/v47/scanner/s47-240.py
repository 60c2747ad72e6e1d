import socket
import ssl


def open_telemetry_link(host, port=8883, cafile="/etc/telemetry/ca.pem"):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)
