from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_ROOT = Path("/var/log/services").resolve()
SERVICES = {"api", "worker", "scheduler"}


@app.get("/logs/{service}/{filename}", response_class=PlainTextResponse)
def read_log(service: str, filename: str, tail: int = 200):
    if service not in SERVICES:
        raise HTTPException(404)
    base = LOG_ROOT / service
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(404)
    lines = target.read_text(errors="replace").splitlines()
    return "\n".join(lines[-min(max(tail, 1), 5000):])
