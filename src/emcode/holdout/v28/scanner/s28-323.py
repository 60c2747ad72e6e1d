import os

from flask import Flask, abort, request, send_from_directory
from itsdangerous import BadSignature, URLSafeTimedSerializer

app = Flask(__name__)
signer = URLSafeTimedSerializer(os.environ["LINK_SECRET"], salt="master-download")
MASTERS = "/srv/masters"


@app.get("/dl")
def download():
    try:
        name = signer.loads(request.args.get("t", ""), max_age=3600)
    except BadSignature:
        abort(403)
    return send_from_directory(MASTERS, name)
