from flask import Flask, request
from defusedxml import ElementTree as DET

app = Flask(__name__)


@app.post("/timetables/import")
def import_timetable():
    root = DET.fromstring(request.data)
    sailings = [s.get("depart") for s in root.iter("sailing")]
    return {"count": len(sailings), "first": sailings[:3]}
