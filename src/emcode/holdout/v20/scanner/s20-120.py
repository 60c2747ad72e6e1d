from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = Path("/var/log/myapp").resolve()


@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str, tail: int = 200):
    target = (LOG_DIR / name).resolve()
    if LOG_DIR not in target.parents or not target.is_file():
        raise HTTPException(status_code=404, detail="not found")
    lines = target.read_text(errors="replace").splitlines()
    return "\n".join(lines[-tail:])
