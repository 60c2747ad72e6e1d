import re
import subprocess

DOMAIN = re.compile(r"(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def whois(domain: str) -> str:
    domain = domain.lower().strip()
    if not DOMAIN.fullmatch(domain):
        raise ValueError("not a domain name")
    return subprocess.run(["whois", domain], capture_output=True, text=True, timeout=20).stdout
