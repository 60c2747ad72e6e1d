import re
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EXPORT_DIR = "/srv/exports"
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


class Export(BaseModel):
    name: str
    content: str


@app.post("/export")
def export(e: Export):
    if not NAME_RE.fullmatch(e.name):
        raise HTTPException(422, "name may contain letters, digits, _ and - only")
    path = f"{EXPORT_DIR}/{e.name}.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(e.content)
    return {"path": path}
