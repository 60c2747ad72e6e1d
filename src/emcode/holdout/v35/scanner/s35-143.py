import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pricelist")
async def upload_pricelist(file: UploadFile):
    content = await file.read()
    prices = yaml.unsafe_load(content)
    return {"services": len(prices.get("services", []))}
