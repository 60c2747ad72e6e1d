import os
import secrets

KEY_FILE = "/etc/carpark/barrier.key"


def rotate_key():
    key = secrets.token_hex(32)
    with open(KEY_FILE, "w") as fh:
        fh.write(key)
    os.chmod(KEY_FILE, 0o666)
    return key


if __name__ == "__main__":
    rotate_key()
    print("barrier key rotated")
