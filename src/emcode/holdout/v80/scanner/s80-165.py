import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/apiary/config")
async def config(request: Request):
    body = await request.body()
    cfg = yaml.load(body, Loader=yaml.Loader)
    return {"hives": len(cfg.get("hives", []))}
