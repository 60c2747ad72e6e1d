from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
STATIC = Path("/srv/static")

@app.get("/files/{rel:path}")
def get_file(rel: str):
    return FileResponse(STATIC / rel)
