import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["PREFS_KEY"], salt="prefs-cookie")


@app.route("/prefs")
def prefs():
    blob = request.cookies.get("prefs")
    settings = {"units": "metric"}
    if blob:
        try:
            settings = serializer.loads(blob)
        except BadSignature:
            pass
    return {"units": settings.get("units")}
