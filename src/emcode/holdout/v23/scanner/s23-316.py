import yaml
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(spec: UploadFile):
    raw = await spec.read()
    try:
        pipeline = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    if not isinstance(pipeline, dict):
        raise HTTPException(400, "pipeline must be a mapping")
    steps = pipeline.get("steps") or []
    return {"name": pipeline.get("na