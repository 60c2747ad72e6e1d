from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/feed")
def feed():
    root = etree.fromstring(request.get_data(), PARSER)
    titles = [t.text or "" for t in root.iter("title")]
    return {"count": len(titles), "titles": titles[:20]}
