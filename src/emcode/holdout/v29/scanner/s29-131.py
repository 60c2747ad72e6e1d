from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
COVERS = Path("static/covers")


@app.get("/covers/{book_id}")
def cover(book_id: int):
    path = COVERS / f"{book_id}.jpg"
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="image/jpeg")
