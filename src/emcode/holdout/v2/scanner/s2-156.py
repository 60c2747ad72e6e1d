import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/config")
async def upload_config(file: UploadFile):
    raw = await file.read()
    config = yaml.load(raw, Loader=yaml.Loader)
    return {"keys": sorted(config)}
