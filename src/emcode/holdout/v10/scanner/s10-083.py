from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
LOG_ROOT = Path("/var/log/services").resolve()


@app.get("/logs/{service}")
def tail_log(service: str, lines: int = 100):
    target = (LOG_ROOT / f"{service}.log").resolve()
    if not target.is_relative_to(LOG_ROOT):
        raise HTTPException(400, "bad service name")
    if not target.is_file():
        raise HTTPException(404, "no such service")
    content = target.read_text().splitlines()
    return {"service": service, "lines": content[-max(1, min(lines, 1000)):]}
