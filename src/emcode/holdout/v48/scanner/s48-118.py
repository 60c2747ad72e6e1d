from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/playlists/import")
def import_playlist():
    root = ET.fromstring(request.get_data())
    cues = []
    for cue in root.iter("cue"):
        cues.append({"at": cue.get("at"), "action": cue.get("act