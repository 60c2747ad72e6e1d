import socket
import sys

if __name__ == "__main__":
    dock = sys.argv[1] if len(sys.argv) > 1 else "dock-01.local"
    try:
        with socket.create_connection((dock, 502), timeout=3):
            print(f"{dock}:502 open")
    except OSError as exc:
        print(f"{dock}:502 closed ({exc.strerror})")
