import json
import socket
import ssl


def read_telematics(host="telematics.fleetco.example", port=8883):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            data = tls.recv(65536)
    return json.loads(data)


if __name__ == "__main__":
    for car in read_telematics()["cars"]:
        print(car["plate"], car["odometer"])
