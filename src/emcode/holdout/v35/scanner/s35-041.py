import yaml
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/pricelist")
async def upload_pricelist(file: UploadFile):
    content = await file.read()
    try:
        prices = yaml.load(content, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    if not isinstance(prices, dict):
        raise HTTPException(400, "expected a mapping")
    return {"services": len(prices.get("services", []))}
