import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/rota/import")
async def import_rota(file: UploadFile = File(...)):
    raw = await file.read()
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise HTTPException(status_code=400, detail="invalid YAML")
    shifts = doc.get("shifts", []) if isinstance(doc, dict) else []
    return {"imported": len(shifts)}
