import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/fleet/config")
async def load_fleet_config(request: Request):
    body = await request.body()
    cfg = yaml.load(body, Loader=yaml.Loader)
    return {"branches": len(cfg.get("branches", []))}
