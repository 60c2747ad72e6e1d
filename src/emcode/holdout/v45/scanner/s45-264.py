import ipaddress
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/drones/{drone_id}/trace")
def trace(drone_id: str, host: str):
    try:
        target = str(ipaddress.ip_address(host))
    except ValueError:
        raise HTTPException(400, "host must be an IP address")
    out = subprocess.run(["traceroute", "-m", "12", target], capture_output=True, text=True, timeout=60)
    hops = [line for line in out.stdout.splitlines()[1:] if line.strip()]
    return {
        "drone": drone_id,
        "hops": len(hops),
        "raw": hops[:20