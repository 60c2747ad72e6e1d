import csv
import io

from fastapi import FastAPI, UploadFile, File, HTTPException

app = FastAPI()


@app.post("/claims/import")
async def import_claims(batch: UploadFile = File(...)):
    raw = await batch.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(status_code=400, detail="file must be UTF-8 CSV")
    rows = list(csv.DictReader(io.StringIO(text)))
    try:
        total = sum(float(r["amount"]) for r in rows)
    except (KeyError, ValueError):
        raise HTTPException(status_code=422, detail="bad amount column")
    return {"count": len(rows), "total": total}
