import yaml
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()


@app.post("/pipelines/validate")
async def validate_pipeline(file: UploadFile):
    text = (await file.read()).decode("utf-8")
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HTTPException(400, f"invalid YAML: {exc}")
    if not isinstance(spec, dict) or "stages" not in spec:
        raise HTTPException(422, "pipeline needs a 'stages' list")
    return {"stages": [s.get("name", "?") for s in spec["stages"]]}
