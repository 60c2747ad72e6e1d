import re
import subprocess
import argparse
from pathlib import Path

PORT_RE = re.compile(r"^/dev/tty(USB|ACM)\d{1,2}$")

def flash(port: str, firmware: Path) -> int:
    if not PORT_RE.fullmatch(port):
        raise SystemExit(f"refusing port {port!r}")
    if firmware.suffix != ".bin" or not firmware.is_file():
        raise SystemExit("firmware must be an existing .bin file")
    return subprocess.call(["esptool.py", "--port", port, "write_flash", "0x0", str(firmware)])

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("port")
    ap.add_argument("firmware", type=Path)
    a = ap.parse_args()
    raise SystemExit(flash(a.port, a.firmware))
