import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deploy")
async def deploy(request: Request):
    manifest = yaml.load(await request.body(), Loader=yaml.Loader)
    services = manifest.get("services", {})
    for name, svc in services.items():
        print("deploying", name, svc.get(