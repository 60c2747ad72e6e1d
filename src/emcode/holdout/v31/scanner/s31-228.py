import json

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/tracker/import")
async def import_tracker(file: UploadFile):
    try:
        records = json.loads(await file.read())
    except json.JSONDecodeError:
        raise HTTPException(400, "not JSON")
    if not isinstance(records, list):
        raise HTTPException(400, "expected a list")
    distance = sum(float(r.get("km", 0)) for r in records if isinstance(r, dict))
    return {"records": len(records), "km": round(distan