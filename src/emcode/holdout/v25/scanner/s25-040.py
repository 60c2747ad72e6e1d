from defusedxml.minidom import parseString
from flask import Flask, request

app = Flask(__name__)


@app.route("/tracks", methods=["POST"])
def tracks():
    doc = parseString(request.files["gpx"].read())
    points = doc.getElementsByTagName("trkpt")
    return {"points": len(points)}
