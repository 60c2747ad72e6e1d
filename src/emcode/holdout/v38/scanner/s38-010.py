import subprocess


def traceroute(host):
    if host.startswith("-"):
        raise ValueError("bad host")
    return subprocess.run(["traceroute", "-m", "15", host], capture_output=True, text=True, timeout=60).stdout
