from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/timetables/import")
def import_timetable():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    sailings = [s.get("depart") for s in root.iter("sailing")]
    return {"count": len(sailings), "first": sailings[:3]}
