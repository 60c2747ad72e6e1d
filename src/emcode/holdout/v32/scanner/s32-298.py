from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MAPS = Path("/var/scootly/maps")


@app.get("/maps/{filename:path}")
def get_map(filename: str):
    return FileResponse(MAPS / filename)
