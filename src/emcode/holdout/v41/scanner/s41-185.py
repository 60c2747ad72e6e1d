import yaml
from fastapi import FastAPI, File, HTTPException

app = FastAPI()


@app.post("/arrays/config")
async def upload_config(data: bytes = File(...)):
    try:
        cfg = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise HTTPException(400, "invalid YAML") from exc
    if not isinstance(cfg, dict):
        raise HTTPException(400, "expected a mapping")
    strings = cfg.get("strings", [])
    return {"strings": len(strings), "panels": sum(len(s.get("panels", [])) for s in strin