#!/usr/bin/env python3
import os
import secrets
from pathlib import Path

OUT = Path("auction-site")


def main():
    OUT.mkdir(exist_ok=True)
    report = OUT / "results.html"
    report.write_text("<h1>Spring sale results</h1>\n", encoding="utf-8")
    os.chmod(report, 0o644)

    key_path = OUT / ".preview-key"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))
    print("site built in", OUT)


if __name__ == "__main__":
    main()
