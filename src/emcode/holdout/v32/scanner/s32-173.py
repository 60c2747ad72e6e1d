import ipaddress
import subprocess


def ping_dock(dock_ip):
    addr = ipaddress.ip_address(dock_ip)
    result = subprocess.run(["ping", "-c", "1", str(addr)], capture_output=True)
    return result.returncode == 0
