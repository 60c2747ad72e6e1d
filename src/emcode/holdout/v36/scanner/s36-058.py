import pickle as pk

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/saves/upload")
async def upload_save(save: UploadFile = File(...)):
    raw = await save.read()
    state = pk.loads(raw)
    return {"level": state["level"], "hp": state["hp"], "inventory": len(state["items"])}
