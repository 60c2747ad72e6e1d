import csv
import io

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
MAX_BYTES = 1_000_000


@app.post("/results/import")
async def import_results(file: UploadFile = File(...)):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "file must be UTF-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    winners = [r["winner"] for r in rows if r.get("winner")]
    return {"matches": len(rows), "winners": winners}
