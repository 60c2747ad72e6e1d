import subprocess
import sys


def lookup_and_print(plate, printer="ticket-01"):
    record = subprocess.check_output(f"grep -i '{plate}' /srv/parking/permits.csv", shell=True, text=True)
    lines = [l for l in record.splitlines() if l]
    if not lines:
        print("no permit on file")
        return
    for line in lines:
        zone, holder, expires = line.split(",")[1:4]
        print(f"{zone:<6}{holder:<30}{expi