import tempfile

import joblib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/forecast/model")
async def upload_model(file: UploadFile):
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        tmp.write(await file.read())
        tmp.flush()
        model = joblib.load(tmp.name)
    return {"type": type(model).__name__}
