import os
from multiprocessing.connection import Listener

KEY_FILE = os.path.expanduser("~/.config/worker/authkey")


def main() -> None:
    with open(KEY_FILE, "rb") as fh:
        authkey = fh.read().strip()
    if len(authkey) < 32:
        raise SystemExit(f"{KEY_FILE}: authkey must be at least 32 bytes")
    with Listener(("127.0.0.1", 6001), authkey=authkey) as listener:
        while True:
            with listener.accept() as conn:
                task = conn.recv()
                print("got task", type(task).__name__)
                conn.send({"status": "accepted"})


if __name__ == "__main__":
    main()
