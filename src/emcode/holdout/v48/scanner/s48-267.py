from pathlib import Path

from fastapi import FastAPI, File, UploadFile

app = FastAPI()
STORE = Path("/srv/tutorhub/docs")


@app.post("/documents")
async def upload(doc: UploadFile = File(...)):
    data = await doc.read()
    (STORE / doc.filename).write_bytes(data)
    return {"stored": doc.filename}
