import yaml
from fastapi import FastAPI, UploadFile, File

app = FastAPI()


@app.post("/sensors/config")
async def sensor_config(cfg: UploadFile = File(...)):
    conf = yaml.safe_load(await cfg.read()) or {}
    sensors = conf.get("sensors", [])
    for s in sensors:
        s.setdefault("interval", 60)
        if s["interval"] < 5:
            s["inter