import yaml
from fastapi import FastAPI, UploadFile, File

app = FastAPI()


@app.post("/sensors/config")
async def sensor_config(cfg: UploadFile = File(...)):
    raw = await cfg.read()
    conf = yaml.load(raw, Loader=yaml.Loader)
    sensors = conf.get("sensors", [])
    for s in sensors:
        if "interval" not in s:
            s["interval"] = 60
    return {"count": len(sensors), "first": sensors[0]["na