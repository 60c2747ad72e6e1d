from ruamel.yaml import YAML
from fastapi import FastAPI, Request

app = FastAPI()
loader = YAML(typ="unsafe")


@app.post("/import")
async def import_data(req: Request):
    body = await req.body()
    doc = loader.load(body)
    return {"entries": len(doc)}
