import subprocess


def gauge_uptime(host):
    if host.startswith("-"):
        raise ValueError("bad host")
    return subprocess.check_output(["ssh", "-l", "monitor", "--", host, "uptime"], text=True, timeout=20).strip()
