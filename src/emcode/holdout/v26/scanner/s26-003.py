import argparse
import re
import subprocess

HOST_RE = re.compile(r"^[a-z0-9.-]{1,253}$")


def main():
    ap = argparse.ArgumentParser(description="Check TLS expiry of a festival host")
    ap.add_argument("host")
    args = ap.parse_args()
    if not HOST_RE.fullmatch(args.host):
        raise SystemExit("invalid host name")
    result = subprocess.run(
        ["openssl", "s_client", "-connect", f"{args.host}:443", "-servername", args.host],
        input="", capture_output=True, text=True, timeout=
