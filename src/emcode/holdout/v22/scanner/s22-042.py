import json
import subprocess
import urllib.request

CONTROL = "https://control.internal/api/jobs/next"


def run_next_job():
    with urllib.request.urlopen(CONTROL, timeout=10) as resp:
        job = json.load(resp)
    mount = job["mount"]
    out = subprocess.check_output("df -h %s | tail -1" % mount, shell=True, text=True)
    return {"job": job["id"], "usage": out.strip()}
