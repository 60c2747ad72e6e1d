import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(spec: UploadFile):
    raw = await spec.read()
    pipeline = yaml.load(raw, Loader=yaml.Loader)
    steps = pipeline.get("steps", [])
    return {"name": pipeline.get("name"), "steps": len(st