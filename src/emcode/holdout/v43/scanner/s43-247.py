import ipaddress
import subprocess
import sys


def check_dock(ip):
    addr = str(ipaddress.ip_address(ip))
    proc = subprocess.run(["ping", "-c", "1", "-W", "2", addr],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc.returncode == 0


if __name__ == "__main__":
    for a in sys.argv[1:]:
        try:
            print(a, "UP" if check_dock(a) else "DOWN")
        except ValueError:
            print(a, "not an IP address")
