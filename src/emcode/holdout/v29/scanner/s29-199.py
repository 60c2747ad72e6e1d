import ipaddress
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/hub/discover")
def discover(subnet: str = "192.168.1.0/24"):
    try:
        net = ipaddress.ip_network(subnet, strict=False)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad subnet")
    if not net.is_private or net.num_addresses > 1024:
        raise HTTPException(status_code=400, detail="only small private subnets")
    out = subprocess.run(["arp-scan", "--quiet", str(net)], capture_output=True, text=True, timeout=60)
    devices = [line.split()[:2] for line in out.stdout.splitlines() if line[:1].isdigit()]
    return {"devices": devices}
