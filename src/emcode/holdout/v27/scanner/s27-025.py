from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
CHARTS = Path("/srv/star-charts").resolve()


@app.get("/charts/{name:path}")
def chart(name: str):
    target = (CHARTS / name).resolve()
    if not target.is_relative_to(CHARTS) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
