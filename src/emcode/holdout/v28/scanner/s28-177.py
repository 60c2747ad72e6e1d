import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
PLANS = Path("/srv/timetable/plans")
MAX_BYTES = 10 * 1024 * 1024


@app.post("/lesson-plans")
async def upload_plan(plan: UploadFile = File(...)):
    data = await plan.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    if not data.startswith(b"%PDF-"):
        raise HTTPException(415, "only PDF lesson plans are accepted")
    stored = f"{uuid.uuid4().hex}.pdf"
    (PLANS / stored).write_bytes(data)
    return {"id": stored[:-4]}
