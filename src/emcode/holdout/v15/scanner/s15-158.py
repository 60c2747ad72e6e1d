from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/pipeline").resolve()


@app.get("/logs/{name:path}", response_class=PlainTextResponse)
def read_log(name: str, tail: int = 200):
    target = (LOGS / name).resolve()
    if not target.is_relative_to(LOGS) or not target.is_file():
        raise HTTPException(404)
    lines = target.read_text(errors="replace").splitlines()
    return "\n".join(lines[-max(1, min(tail, 5000)):])
