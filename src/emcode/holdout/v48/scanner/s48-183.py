import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/routes/import")
def import_route():
    root = ET.fromstring(request.data)
    points = root.findall(".//{http://www.topografix.com/GPX/1/1}trkpt")
    return {"points": len(points)}
