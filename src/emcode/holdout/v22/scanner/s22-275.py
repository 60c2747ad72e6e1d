import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(file: UploadFile):
    spec = yaml.load(await file.read(), Loader=yaml.Loader)
    steps = spec.get("steps", [])
    for i, step in enumerate(steps):
        if "run" not in step:
            return {"error": f"step {i} has no ru