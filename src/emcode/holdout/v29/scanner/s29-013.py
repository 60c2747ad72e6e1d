import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/hub/discover")
def discover(subnet: str = "192.168.1.0/24"):
    result = subprocess.check_output("arp-scan --quiet " + subnet + " | awk '{print $1, $2}'", shell=True, text=True)
    devices = [line.split() for line in result.splitlines() if line.strip()]
    return {"devices": devices}
