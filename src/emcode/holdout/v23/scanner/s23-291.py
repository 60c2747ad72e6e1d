import re
import subprocess
import tempfile
from fastapi import FastAPI, HTTPException

app = FastAPI()
NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
VERSION = re.compile(r"^[0-9]+(\.[0-9]+){0,3}$")


@app.post("/mirror/{name}/{version}")
def mirror(name: str, version: str):
    if not NAME.match(name) or not VERSION.match(version):
        raise HTTPException(400, "invalid name or version")
    dest = tempfile.mkdtemp(prefix="mirror-")
    proc = subprocess.run(
        ["pip", "download", "--no-deps", "--dest", dest, f"{name}=={version}"],
        capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0:
        raise HTTPException(502, "download failed")
    return {"dest": dest}
