import uuid
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pathlib import Path

app = FastAPI()
STORE = Path("/data/contracts")


@app.get("/contracts/{doc_id}")
def get_contract(doc_id: str):
    try:
        parsed = uuid.UUID(doc_id)
    except ValueError:
        raise HTTPException(404)
    path = STORE / f"{parsed}.pdf"
    if not path.exists():
        raise HTTPException(404)
    return FileResponse(path, media_type="application/pdf")
