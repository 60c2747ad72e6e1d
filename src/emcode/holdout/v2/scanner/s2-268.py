import yaml
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/config")
async def upload_config(file: UploadFile):
    raw = await file.read(64_000)
    try:
        config = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise HTTPException(status_code=400, detail="invalid YAML") from None
    if not isinstance(config, dict):
        raise HTTPException(status_code=400, detail="expected a mapping")
    return {"keys": sorted(map(str, config))}
