import os
import subprocess

KEY = "/etc/iot-gateway/device.key"


def rotate_key() -> None:
    old = os.umask(0o077)
    try:
        subprocess.run(["openssl", "genrsa", "-out", KEY, "2048"], check=True)
    finally:
        os.umask(old)
    os.chmod(KEY, 0o600)
    print("new key at", KEY)
