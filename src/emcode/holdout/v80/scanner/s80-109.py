import dill
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/upload")
async def upload_model(file: UploadFile):
    raw = await file.read()
    model = dill.loads(raw)
    return {"type": type(model).__name__}
