from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = Path("/srv/translations/delivered").resolve()


@app.get("/deliveries/{path:path}", response_class=PlainTextResponse)
def delivery(path: str):
    p = (ROOT / path).resolve()
    if not p.is_relative_to(ROOT):
        raise HTTPException(403)
    if not p.is_file():
        raise HTTPException(404)
    return p.read_text(encoding="utf-8")
