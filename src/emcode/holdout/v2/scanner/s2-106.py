import ipaddress
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/trace")
def trace(host: str):
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        raise HTTPException(status_code=400) from None
    raw = subprocess.check_output(["traceroute", "-m", "10", addr], text=True, timeout=60)
    hops = [line.split()[1] for line in raw.splitlines()[1:] if len(line.split()) > 1]
    return dict(host=addr, hops=hops, count=len(