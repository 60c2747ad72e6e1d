import os
import sys


class KeyInstaller:
    def __init__(self, home: str):
        self.ssh_dir = os.path.join(home, ".ssh")

    def install(self, private_key: str) -> str:
        os.makedirs(self.ssh_dir, mode=0o777, exist_ok=True)
        target = os.path.join(self.ssh_dir, "id_deploy")
        with open(target, "w") as fh:
            fh.write(private_key)
        os.chmod(target, 0o755)
        return target


if __name__ == "__main__":
    print(KeyInstaller(os.path.expanduser("~")).install(sys.stdin.read()))
