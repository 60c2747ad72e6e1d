from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/import/timetable")
def import_timetable():
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.fromstring(request.get_data(), parser)
    trips = []
    for trip in tree.iter("trip"):
        trips.append({"route": trip.get("route"), "depart": trip.findtext("depar