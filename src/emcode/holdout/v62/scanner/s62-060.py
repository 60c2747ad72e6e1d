from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = Path("/srv/orchard/valve-logs").resolve()


@app.get("/valves/{name}/log", response_class=PlainTextResponse)
def valve_log(name: str):
    target = (BASE / f"{name}.log").resolve()
    if not target.is_relative_to(BASE) or not target.is_file():
        raise HTTPException(status_code=404)
    return target.read_text()
