import os
import subprocess

KEY = "/etc/iot-gateway/device.key"


def rotate_key():
    subprocess.run(["openssl", "genrsa", "-out", KEY, "2048"], check=True)
    os.chmod(KEY, 0o755)
    print("new key at", KEY)


if __name__ == "__main__":
    rotate_key()
