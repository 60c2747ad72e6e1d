from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/suppliers/catalogue")
def supplier_catalogue():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(request.get_data(), parser=parser)
    except etree.XMLSyntaxError:
        return {"error": "invalid XML"}, 400
    parts = [{"sku": p.get("sku"), "price": p.findtext("price")} for p in root.iterfind("part")]
    return {"parts": parts[:500]}
