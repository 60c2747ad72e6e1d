from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
ROOT = Path("/srv/reports").resolve()

@app.get("/reports/{name}")
def report(name: str):
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT) or not p.is_file():
        raise HTTPException(404)
    return FileResponse(p)
