from fastapi import FastAPI, Request
from ruamel.yaml import YAML

app = FastAPI()
loader = YAML(typ="unsafe")


@app.post("/dashboards/import")
async def import_dashboard(request: Request):
    body = (await request.body()).decode()
    dash = loader.load(body)
    return {"title": dash.get("title"), "panels": len(dash.get("panels", []))}
