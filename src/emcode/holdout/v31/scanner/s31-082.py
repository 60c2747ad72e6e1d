import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/plans/import")
async def import_plan(file: UploadFile):
    text = (await file.read()).decode("utf-8")
    plan = yaml.load(text, Loader=yaml.Loader)
    return {"name": plan.get("name"), "weeks": len(plan.get("weeks", []))}
