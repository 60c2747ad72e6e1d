from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
STORE = Path("/srv/esports/demos")


@app.post("/demos")
async def upload_demo(file: UploadFile):
    dest = STORE / file.filename
    dest.write_bytes(await file.read())
    return {"stored": str(dest)}
