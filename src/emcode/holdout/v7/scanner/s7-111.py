import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deploy")
async def deploy(request: Request):
    manifest = yaml.safe_load(await request.body()) or {}
    services = manifest.get("services", {})
    for name, svc in services.items():
        print("deploying", name, svc.get(