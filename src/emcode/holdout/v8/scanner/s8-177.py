import os
import subprocess


def make_deploy_key(path="~/.ssh/deploy_key"):
    key_path = os.path.expanduser(path)
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-f", key_path], check=True)
    os.chmod(key_path, 0o777)
    with open(key_path + ".pub") as fh:
        pub = fh.read().strip()
    print("Add this key to the repo settings: