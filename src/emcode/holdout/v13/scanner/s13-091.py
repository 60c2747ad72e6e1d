from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/app").resolve()

@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str):
    p = (LOGS / name).resolve()
    if not p.is_relative_to(LOGS) or not p.is_file():
        raise HTTPException(404)
    return p.read_text(errors="replace")[-20000:]
