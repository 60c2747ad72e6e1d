import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/deploy/plan")
async def plan(spec: UploadFile):
    data = yaml.safe_load(await spec.read()) or {}
    services = data.get("services", {})
    plan = []
    for name, svc in services.items():
        plan.append({"service": name, "image": svc.get("im