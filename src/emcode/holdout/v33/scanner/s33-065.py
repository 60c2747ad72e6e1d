from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = Path("/srv/registry/readmes").resolve()


@app.get("/readme/{project}/{fname:path}", response_class=PlainTextResponse)
def readme(project: str, fname: str):
    target = (DOCS / project / fname).resolve()
    if not target.is_relative_to(DOCS) or not target.is_file():
        raise HTTPException(404)
    return target.read_text(encoding="utf-8")
