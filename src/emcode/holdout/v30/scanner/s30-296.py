import subprocess


def dvla_lookup(plate):
    out = subprocess.check_output("/opt/fleet/bin/lookup --plate " + plate, shell=True, text=True)
    return out.strip()
