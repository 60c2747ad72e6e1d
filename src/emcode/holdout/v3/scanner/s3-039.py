from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_feed():
    root = fromstring(request.data)
    titles = [el.text for el in root.iter("title")]
    return {"titles": titles}
