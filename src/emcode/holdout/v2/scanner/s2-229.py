import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/trace")
def trace(host: str):
    raw = subprocess.check_output("traceroute -m 10 " + host, shell=True, text=True, timeout=60)
    hops = [line.split()[1] for line in raw.splitlines()[1:] if len(line.split()) > 1]
    return dict(host=host, hops=hops, count=len(