import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/vendors/preview")
def vendor_preview():
    url = request.args["site"]
    r = requests.get(url, timeout=5)
    return {"status": r.status_code, "title_guess": r.text[:200]}
