import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/config")
async def config(request: Request):
    text = (await request.body()).decode()
    cfg = yaml.safe_load(text) or {}
    return {"services": [s["name"] for s in cfg.get("services", [