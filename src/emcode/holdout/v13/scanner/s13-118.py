import argparse
import re
import shlex
import subprocess

HOST = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}")

def restart(host, service):
    if not HOST.fullmatch(host):
        raise SystemExit("bad host")
    remote = "sudo systemctl restart " + shlex.quote(service)
    subprocess.run(["ssh", host, remote], check=True)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("service")
    a = ap.parse_args()
    restart(a.host, a.service)
