import pickle as pk

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/archive/restore-index")
async def restore_index(index_file: UploadFile = File(...)):
    raw = await index_file.read()
    index = pk.loads(raw)
    return {"entries": len(index)}


@app.get("/archive/index/stats")
async def index_stats():
    return {"status": "ok", "last_restor