import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deployments")
async def deploy(request: Request):
    raw = await request.body()
    manifest = yaml.load(raw, Loader=yaml.Loader)
    services = []
    for svc in manifest.get("services", []):
        services.append({"name": svc["name"], "replicas": int(svc.get("replicas", 1))