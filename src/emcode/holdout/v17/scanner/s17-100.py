from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_ROOT = Path("/var/log/services")


@app.get("/logs/{service}/{filename:path}", response_class=PlainTextResponse)
def read_log(service: str, filename: str, tail: int = 200):
    target = LOG_ROOT / service / filename
    if not target.is_file():
        raise HTTPException(404)
    lines = target.read_text(errors="replace").splitlines()
    return "\n".join(lines[-tail:])
