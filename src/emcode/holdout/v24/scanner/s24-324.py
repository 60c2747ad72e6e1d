import json
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/settings/upload")
async def upload_settings(file: UploadFile):
    raw = await file.read()
    if len(raw) > 100_000:
        raise HTTPException(413, "settings file too large")
    try:
        settings = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"invalid JSON: {exc.msg}")
    if not isinstance(settings, dict):
        raise HTTPExce
