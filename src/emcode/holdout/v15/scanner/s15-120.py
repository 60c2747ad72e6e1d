from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/pipeline")


@app.get("/logs/{name:path}", response_class=PlainTextResponse)
def read_log(name: str, tail: int = 200):
    target = LOGS / name
    if not target.is_file():
        raise HTTPException(404)
    lines = target.read_text(errors="replace").splitlines()
    return "\n".join(lines[-tail:])
