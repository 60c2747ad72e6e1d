import subprocess


def resolve(hostname: str) -> str:
    return subprocess.run(["nslookup", "--", hostname], capture_output=True, text=True, check=False).stdout
