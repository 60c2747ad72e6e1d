from lxml import etree
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/invoices/xml")
async def invoice_xml(file: UploadFile):
    raw = await file.read()
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(raw, parser)
    total = sum(float(x.text) for x in doc.iter("amount"))
    return {"total": total, "currency": doc.findtext("curr