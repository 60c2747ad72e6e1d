import re
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_ROOT = Path("/var/log/services").resolve()
SERVICES = {"api", "worker", "scheduler"}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@app.get("/logs", response_class=PlainTextResponse)
def read_log(service: str, day: str, tail: int = 200):
    if service not in SERVICES or not DAY.fullmatch(day):
        raise HTTPException(400, "bad service or day")
    log_file = (LOG_ROOT / service / f"{day}.log").resolve()
    if not log_file.is_relative_to(LOG_ROOT) or not log_file.exists():
        raise HTTPException(404, "no such log")
    lines = log_file.read_text(errors="replace").splitlines()
    return "\n".join(lines[-max(1, min(tail, 2000)):])
