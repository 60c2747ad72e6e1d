import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/plans")
async def upload_plan(plan: UploadFile):
    raw = await plan.read()
    data = yaml.unsafe_load(raw)
    blocks = data.get("blocks", [])
    return {"blocks": len(blocks), "start": str(data.get("start_date"))}
