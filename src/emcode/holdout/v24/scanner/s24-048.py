import re
import subprocess

_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")

def lookup_txt(domain: str) -> list[str]:
    labels = domain.rstrip(".").split(".")
    if not labels or not all(_LABEL.fullmatch(lab) for lab in labels):
        raise ValueError("not a domain name")
    out = subprocess.run(["dig", "+short", "TXT", domain], capture_output=True, text=True, timeout=10, check=True)
    return [line.strip('"') for line in out.stdout.splitlines()]
