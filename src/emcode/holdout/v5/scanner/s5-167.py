import subprocess

def dns_lookup(hostname: str) -> str:
    if hostname.startswith("-"):
        raise ValueError("bad hostname")
    return subprocess.run(["nslookup", hostname], capture_output=True, text=True, timeout=10).stdout
