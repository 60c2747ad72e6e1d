import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/config")
async def upload_config(file: UploadFile):
    text = (await file.read()).decode()
    cfg = yaml.safe_load(text)
    return {"services": list(cfg.get("serv