import csv
import io
import os
import uuid

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
ROSTER_DIR = os.environ.get("ROSTER_DIR", "rosters")


@app.post("/classes/{class_id}/roster")
async def upload_roster(class_id: int, file: UploadFile):
    raw = await file.read(1_000_001)
    if len(raw) > 1_000_000:
        raise HTTPException(413, "file too large")
    try:
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    except UnicodeDecodeError:
        raise HTTPException(400, "roster must be UTF-8 CSV")
    if not rows or "student_id" not in rows[0]:
        raise HTTPException(400, "missing student_id column")
    os.makedirs(ROSTER_DIR, exist_ok=True)
    path = os.path.join(ROSTER_DIR, f"{class_id}-{uuid.uuid4().hex}.csv")
    with open(path, "wb") as fh:
        fh.write(raw)
    return {"students": len(rows)}
