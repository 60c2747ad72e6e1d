#!/usr/bin/env python3
"""Scan a single host of the lab network for open service ports."""
import argparse
import ipaddress
import subprocess
import sys

LAB_NET = ipaddress.ip_network("10.42.0.0/24")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("--ports", default="22,80,443")
    args = ap.parse_args()
    try:
        addr = ipaddress.ip_address(args.host)
    except ValueError:
        print("not an IP address", file=sys.stderr)
        return 2
    if addr not in LAB_NET:
        print("host outside lab network", file=sys.stderr)
        return 2
    ports = ",".join(str(int(p)) for p in args.ports.split(","))
    return subprocess.call(["nmap", "-Pn", "-p", ports, str(addr)])


if __name__ == "__main__":
    sys.exit(main())
