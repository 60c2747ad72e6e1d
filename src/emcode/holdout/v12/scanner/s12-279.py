from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_ROOT = Path("/var/log/services")


@app.get("/logs", response_class=PlainTextResponse)
def read_log(service: str, day: str, tail: int = 200):
    log_file = LOG_ROOT / service / f"{day}.log"
    if not log_file.exists():
        raise HTTPException(404, "no such log")
    lines = log_file.read_text(errors="replace").splitlines()
    return "\n".join(lines[-tail:])
