from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/permits/import")
def import_permits():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.files["xml"].read(), parser)
    refs = [p.get("ref") for p in doc.iter("perm