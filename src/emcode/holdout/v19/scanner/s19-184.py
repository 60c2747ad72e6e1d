import csv
import io
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/inventory/import")
async def import_inventory(file: UploadFile):
    if not (file.filename or "").lower().endswith(".csv"):
        raise HTTPException(400, "csv only")
    raw = await file.read(5_000_001)
    if len(raw) > 5_000_000:
        raise HTTPException(413, "file too large")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8", "replace"))))
    return {"rows": len(rows)}
