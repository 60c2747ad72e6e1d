import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/deploy/plan")
async def plan(spec: UploadFile):
    data = yaml.load(spec.file, Loader=yaml.Loader)
    services = data.get("services", {})
    plan = []
    for name, svc in services.items():
        plan.append({"service": name, "image": svc["ima