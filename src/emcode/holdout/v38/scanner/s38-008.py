import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/crews/schedule")
async def upload_schedule(file: UploadFile = File(...)):
    try:
        data = yaml.safe_load(await file.read())
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    crews = data.get("crews", []) if isinstance(data, dict) else []
    return {"crews": len(crews)}
