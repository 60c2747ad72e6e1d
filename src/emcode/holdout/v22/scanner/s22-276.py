import yaml
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(file: UploadFile):
    spec = yaml.safe_load(await file.read())
    if not isinstance(spec, dict):
        raise HTTPException(400, "pipeline must be a mapping")
    steps = spec.get("steps", [])
    for i, step in enumerate(steps):
        if "run" not in step:
            raise HTTPException(400, f"step {i} has no