from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/claims")
def claims():
    root = etree.fromstring(request.get_data(), PARSER)
    codes = [e.text for e in root.iter("procedure")]
    return {"patient": root.findtext("patient"), "procedures": codes}
