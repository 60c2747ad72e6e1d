import yaml
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.post("/fleet/config")
async def load_fleet_config(request: Request):
    body = await request.body()
    cfg = yaml.safe_load(body)
    if not isinstance(cfg, dict):
        raise HTTPException(400, "config must be a mapping")
    return {"branches": len(cfg.get("branches", []))}
