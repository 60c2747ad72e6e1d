import os


def grep_incidents(term, logfile="/var/log/claims/incidents.log"):
    with os.popen(f"grep -i '{term}' {logfile}") as p:
        return p.read().splitlines()
