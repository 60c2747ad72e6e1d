import yaml
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/intake/bulk")
async def bulk_intake(file: UploadFile):
    try:
        animals = yaml.safe_load(await file.read()) or []
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    if not isinstance(animals, list):
        raise HTTPException(400, "expected a list")
    return {"received": len(animals), "species": sorted({a.get("species", "unknown") for a in anim