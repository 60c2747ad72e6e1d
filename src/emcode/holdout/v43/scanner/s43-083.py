from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = "/srv/translations/delivered"


@app.get("/deliveries/{path:path}", response_class=PlainTextResponse)
def delivery(path: str):
    full = ROOT + "/" + path
    if not full.startswith(ROOT):
        raise HTTPException(403)
    p = Path(full)
    if not p.is_file():
        raise HTTPException(404)
    return p.read_text(encoding="utf-8")
