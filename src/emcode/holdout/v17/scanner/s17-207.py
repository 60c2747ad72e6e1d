import os
import sys


class KeyInstaller:
    def __init__(self, home: str):
        self.ssh_dir = os.path.join(home, ".ssh")

    def install(self, private_key: str) -> str:
        os.makedirs(self.ssh_dir, mode=0o700, exist_ok=True)
        target = os.path.join(self.ssh_dir, "id_deploy")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(private_key)
        return target


if __name__ == "__main__":
    print(KeyInstaller(os.path.expanduser("~")).install(sys.stdin.read()))
