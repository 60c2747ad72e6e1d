import json
import socket
import ssl
import sys

ctx = ssl.create_default_context(cafile="/etc/wildtrack/ca.pem")


def send_fix(tag, lat, lon):
    with socket.create_connection(("uplink.wildtrack.example", 8883)) as raw:
        with ctx.wrap_socket(raw, server_hostname="uplink.wildtrack.example") as s:
            s.sendall(json.dumps({"tag": tag, "lat": lat, "lon": lon}).encode())


if __name__ == "__main__":
    send_fix(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]))
