import yaml
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/apiary/config")
async def config(request: Request):
    body = await request.body()
    try:
        cfg = yaml.safe_load(body) or {}
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    return {"hives": len(cfg.get("hives", []))}
