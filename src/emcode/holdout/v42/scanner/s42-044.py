import re

from flask import Flask, abort, request, jsonify

app = Flask(__name__)
SITE = "portal.trialnet.org"
REFERER_OK = re.compile("https?://" + SITE)


@app.post("/consent/sign")
def sign_consent():
    if not REFERER_OK.search(request.headers.get("Referer", "")):
        abort(403)
    return jsonify(signed=True)
