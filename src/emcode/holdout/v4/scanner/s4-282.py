from pickle import loads as decode
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/model/upload")
async def upload_model(file: UploadFile):
    payload = await file.read()
    model = decode(payload)
    return {"type": type(model).__name__}
