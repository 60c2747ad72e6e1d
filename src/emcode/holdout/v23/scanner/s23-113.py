import re
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = Path("/var/log/robots")
NAME = re.compile(r"robot-\d{1,6}\.log")


@app.get("/robots/logs", response_class=PlainTextResponse)
def robot_log(name: str):
    if not NAME.fullmatch(name):
        raise HTTPException(400, "bad log name")
    path = LOG_DIR / name
    if not path.is_file():
        raise HTTPException(404, "no such log")
    return path.read_text()[-20000:]
