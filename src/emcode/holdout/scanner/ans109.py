from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/data/reports").resolve()


@app.get("/reports/{name}")
def get_report(name: str):
    target = (REPORTS / name).resolve()
    if not target.is_relative_to(REPORTS) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
