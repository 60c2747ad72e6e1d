from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
UPLOADS = Path("/data/uploads")

@app.delete("/files/{owner}/{filename}")
def delete_file(owner: str, filename: str):
    target = UPLOADS / owner / filename
    if not target.exists():
        raise HTTPException(404)
    target.unlink()
    return {"deleted": str(target.name)}
