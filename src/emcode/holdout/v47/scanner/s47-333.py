from fastapi import FastAPI, UploadFile
from lxml import etree

app = FastAPI()


@app.post("/meters/import-xml")
async def import_xml(file: UploadFile):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.fromstring(await file.read(), parser=parser)
    readings = [(m.get("serial"), float(m.findtext("litres"))) for m in tree.iter("meter")]
    return {"count": len(readings)}
