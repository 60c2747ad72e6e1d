import yaml
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
AUTOMATIONS = []


@app.post("/automations/import")
async def import_automations(request: Request):
    raw = await request.body()
    if len(raw) > 64_000:
        raise HTTPException(status_code=413)
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise HTTPException(status_code=400, detail="invalid YAML")
    if not isinstance(doc, list):
        raise HTTPException(status_code=400, detail="expected a list of automations")
    AUTOMATIONS.extend(a for a in doc if isinstance(a, dict) and "trigger" in a and "action" in a)
    return {"count": len(AUTOMATIONS)}
