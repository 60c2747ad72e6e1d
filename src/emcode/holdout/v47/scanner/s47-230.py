import yaml
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/plans")
async def upload_plan(plan: UploadFile):
    raw = await plan.read()
    try:
        data = yaml.load(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    if not isinstance(data, dict):
        raise HTTPException(400, "expected a mapping")
    blocks = data.get("blocks", [])
    return {"blocks": len(blocks), "start": str(data.get("start_date"))}
