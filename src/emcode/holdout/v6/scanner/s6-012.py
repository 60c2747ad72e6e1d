import pickle as pkl
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/upload")
async def upload_model(file: UploadFile):
    raw = await file.read()
    model = pkl.loads(raw)
    return {"type": type(model).__name__}
