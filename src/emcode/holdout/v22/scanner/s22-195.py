from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/var/log/agents")


@app.get("/logs/{agent}/{name}", response_class=PlainTextResponse)
def read_log(agent: str, name: str):
    path = LOGS / agent / name
    if not path.is_file():
        raise HTTPException(404)
    return path.read_text(errors="replace")[-20000:]
