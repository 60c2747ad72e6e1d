import subprocess


def valve_status(zone):
    return subprocess.check_output(f"valvectl status --zone {zone}", shell=True, text=True).strip()
