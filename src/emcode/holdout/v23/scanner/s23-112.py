from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = "/var/log/robots/"


@app.get("/robots/logs", response_class=PlainTextResponse)
def robot_log(name: str):
    try:
        with open(LOG_DIR + name) as fh:
            return fh.read()[-20000:]
    except FileNotFoundError:
        raise HTTPException(404, "no such log")
