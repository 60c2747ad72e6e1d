import pickle as pk
from fastapi import FastAPI, UploadFile

app = FastAPI()
SAVED = {}


@app.post("/searches/import")
async def import_search(user_id: int, file: UploadFile):
    search = pk.load(file.file)
    SAVED.setdefault(user_id, []).append(search)
    return {"stored": len(SAVED[user_id])}
