from lxml import etree
from fastapi import FastAPI, Request

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

@app.post("/sensors/batch")
async def batch(req: Request):
    root = etree.fromstring(await req.body(), PARSER)
    return {"readings": len(root.findall(".//reading"))}
