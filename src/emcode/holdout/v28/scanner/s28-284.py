from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rooms/import")
def import_rooms():
    root = fromstring(request.get_data())
    rooms = []
    for el in root.findall("room"):
        rooms.append({
            "number": el.get("number"),
            "beds": int(el.findtext("beds", "1")),
            "view": el.findtext("view", "none"),
        })
    return jsonify({"imported": len(rooms), "rooms": rooms})
