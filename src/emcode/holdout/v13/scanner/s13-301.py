import subprocess
import argparse

def traceroute(host):
    out = subprocess.check_output("traceroute -n " + host, shell=True, text=True)
    return out

def parse(out):
    hops = []
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) > 1:
            hops.append(parts[1