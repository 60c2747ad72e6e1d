import yaml
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/plans/import")
async def import_plan(file: UploadFile):
    text = (await file.read()).decode("utf-8")
    try:
        plan = yaml.safe_load(text)
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    if not isinstance(plan, dict):
        raise HTTPException(400, "expected a mapping")
    return {"name": plan.get("name"), "weeks": len(plan.get("weeks", []))}
