from fastapi import FastAPI, HTTPException, Request
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

app = FastAPI()
loader = YAML(typ="safe")


@app.post("/dashboards/import")
async def import_dashboard(request: Request):
    body = (await request.body()).decode("utf-8", errors="replace")
    try:
        dash = loader.load(body)
    except YAMLError:
        raise HTTPException(400, "invalid yaml")
    if not isinstance(dash, dict):
        raise HTTPException(400, "expected a mapping")
    return {"title": dash.get("title"), "panels": len(dash.get("panels", []))}
