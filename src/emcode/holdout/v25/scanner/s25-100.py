from fastapi import FastAPI, Request
import yaml

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader

app = FastAPI()


@app.post("/memory/import")
async def import_tm(req: Request):
    doc = yaml.load(await req.body(), Loader=Loader) or {}
    return {"segments": len(doc.get("segments", []))}
