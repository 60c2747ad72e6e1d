from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
LOG_ROOT = Path("/var/log/services")


@app.get("/logs/{service}")
def tail_log(service: str, lines: int = 100):
    target = LOG_ROOT / f"{service}.log"
    try:
        content = target.read_text().splitlines()
    except FileNotFoundError:
        raise HTTPException(404, "no such service")
    return {"service": service, "lines": content[-lines:]}
