import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/models/upload")
async def upload_model(file: UploadFile = File(...)):
    raw = await file.read()
    model = dill.loads(raw)
    return {"type": type(model).__name__}
