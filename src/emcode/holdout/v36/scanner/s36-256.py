import json

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
MAX_SAVE = 256 * 1024


@app.post("/saves/upload")
async def upload_save(save: UploadFile = File(...)):
    raw = await save.read(MAX_SAVE + 1)
    if len(raw) > MAX_SAVE:
        raise HTTPException(413, "save file too large")
    try:
        state = json.loads(raw)
    except ValueError:
        raise HTTPException(400, "corrupt save")
    return {"level": state.get("level"), "hp": state.get("hp"), "inventory": len(state.get("items", []))}
