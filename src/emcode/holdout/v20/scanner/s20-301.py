import json

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
REQUIRED = {"level": int, "hp": int, "inventory": list}


@app.post("/saves/import")
async def import_save(upload: UploadFile = File(...)):
    raw = await upload.read()
    try:
        save = json.loads(raw)
    except ValueError:
        raise HTTPException(400, "not JSON")
    for key, typ in REQUIRED.items():
        if not isinstance(save.get(key), typ):
            raise HTTPException(400, f"missing or bad {key}")
    return {"level": save["level"], "items": len(save["inventory"])}
