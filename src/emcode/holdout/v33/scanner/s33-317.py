from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = Path("/srv/registry/readmes")


@app.get("/readme/{project}/{fname:path}", response_class=PlainTextResponse)
def readme(project: str, fname: str):
    target = DOCS / project / fname
    if not target.exists():
        raise HTTPException(404)
    return target.read_text(encoding="utf-8")
