import argparse
import os
import subprocess


def write_deploy_key(dest_dir):
    os.makedirs(dest_dir, mode=0o700, exist_ok=True)
    key_path = os.path.join(dest_dir, "deploy_ed25519")
    if os.path.exists(key_path):
        raise SystemExit("key exists")
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-f", key_path + ".tmp", "-q"], check=True)
    with open(key_path + ".tmp", "rb") as src:
        data = src.read()
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.remove(key_path + ".tmp")
    os.replace(key_path + ".tmp.pub", key_path + ".pub")
    return key_path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.expanduser("~/.ssh"))
    print(write_deploy_key(ap.parse_args().dir))
