import dill
from fastapi import FastAPI, UploadFile

app = FastAPI()
EXPERIMENTS = {}


@app.post("/experiments/{name}")
async def upload_experiment(name: str, file: UploadFile):
    payload = await file.read()
    EXPERIMENTS[name] = dill.loads(payload)
    return {"stored": name}
