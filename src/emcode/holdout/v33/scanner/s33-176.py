import csv
import io

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
MAX_BYTES = 2 * 1024 * 1024


@app.post("/guests/import")
async def import_guests(file: UploadFile):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HTTPException(400, "expected utf-8 csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    return {"guests": len(rows), "columns": list(rows[0].keys()) if rows else []}
