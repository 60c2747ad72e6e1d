import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/drones/{drone_id}/trace")
def trace(drone_id: str, host: str):
    out = subprocess.run(f"traceroute -m 12 {host}", shell=True, capture_output=True, text=True, timeout=60)
    hops = [line for line in out.stdout.splitlines()[1:] if line.strip()]
    return {
        "drone": drone_id,
        "hops": len(hops),
        "raw": hops[:20