import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/compose/validate")
async def validate(request: Request):
    text = (await request.body()).decode()
    doc = yaml.safe_load(text)
    services = doc.get("services", {}) if isinstance(doc, dict) else {}
    problems = []
    for name, svc in services.items():
        if "image" not in svc and "build" not in svc:
            problems.append(f"{name}: needs image or build")
        if svc.get("privileged"):
            problems.append(f"{name}: privileged mode is not allo