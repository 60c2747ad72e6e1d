import ipaddress
import re
import shlex
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
HOSTNAME = re.compile(r"(?=.{1,253}$)[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*")


def valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return HOSTNAME.fullmatch(host) is not None


@app.get("/diag/ping")
def ping(host: str, count: int = 3):
    if not valid_host(host) or not 1 <= count <= 10:
        raise HTTPException(400, "bad host or count")
    line = f"ping -c {int(count)} {shlex.quote(host)}"
    rc = subprocess.call(shlex.split(line))
    return {"host": host, "reachable": rc == 0}
