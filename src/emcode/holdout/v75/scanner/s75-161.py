import os

from flask import Flask, abort, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

app = Flask(__name__)
signer = URLSafeTimedSerializer(os.environ["SECRET_KEY"], salt="email-confirm")


def confirmation_link(email):
    return url_for("confirm", token=signer.dumps(email), _external=True)


@app.get("/confirm/<token>")
def confirm(token):
    try:
        email = signer.loads(token, max_age=86400)
    except (SignatureExpired, BadSignature):
        abort(400)
    return {"confirmed": email}
