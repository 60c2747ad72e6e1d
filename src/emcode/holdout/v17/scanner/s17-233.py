import argparse
import subprocess
from pathlib import Path

from serial.tools import list_ports


def flash(port: str, image: Path, baud: int = 460800) -> None:
    ports = {p.device for p in list_ports.comports()}
    if port not in ports:
        raise SystemExit(f"unknown serial port {port}; available: {', '.join(sorted(ports))}")
    if not image.is_file() or image.suffix != ".bin":
        raise SystemExit("image must be an existing .bin file")
    subprocess.run(["esptool.py", "--port", port, "--baud", str(baud), "write_flash", "0x0", str(image)], check=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("port")
    ap.add_argument("image", type=Path)
    a = ap.parse_args()
    flash(a.port, a.image)
