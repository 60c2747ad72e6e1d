import subprocess

RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS", "CNAME"}


def dig(domain: str, record: str = "A") -> str:
    """The DNS records of domain, one per line."""
    if record not in RECORD_TYPES or domain.startswith("-"):
        raise ValueError("bad record type or domain")
    out = subprocess.run(["dig", "+short", record, domain], capture_output=True, text=True, timeout=10, check=True)
    return out.stdout
