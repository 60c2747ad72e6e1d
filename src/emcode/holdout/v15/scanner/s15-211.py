import re
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
DOCS = Path("/srv/docs")
VERSIONS = {"1.0", "1.1", "2.0"}
PAGE = re.compile(r"^[a-z0-9-]{1,64}$")


@app.get("/docs/{version}/{page}")
def doc_page(version: str, page: str):
    if version not in VERSIONS or not PAGE.match(page):
        raise HTTPException(404)
    path = DOCS / version / f"{page}.html"
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)
