import os
import subprocess


def link_stats(iface):
    if iface not in os.listdir("/sys/class/net"):
        raise ValueError(f"unknown interface {iface!r}")
    return subprocess.run(["ip", "-s", "link", "show", iface], capture_output=True, text=True, check=True).stdout
