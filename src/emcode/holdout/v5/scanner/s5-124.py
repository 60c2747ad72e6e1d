from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
STATIC = Path("/srv/static").resolve()

@app.get("/files/{rel:path}")
def get_file(rel: str):
    target = (STATIC / rel).resolve()
    if not target.is_relative_to(STATIC) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
