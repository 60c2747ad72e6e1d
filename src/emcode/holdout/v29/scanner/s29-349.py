import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
COVERS = "static/covers"


@app.get("/covers/{filename:path}")
def cover(filename: str):
    return FileResponse(os.path.join(COVERS, filename))
