import subprocess
import sys


def lamp_hours(host):
    out = subprocess.run(
        ["snmpget", "-v2c", "-c", "booth-ro", "-Oqv", host, "1.3.6.1.4.1.2.1"],
        capture_output=True, text=True, timeout=10,
    )
    if out.returncode != 0:
        return None
    return int(out.stdout.strip())


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, lamp_hours(h) or "unkno