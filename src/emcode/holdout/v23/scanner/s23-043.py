import hashlib
import secrets
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS: dict[str, tuple[str, float]] = {}
TOKEN_TTL = 900


def issue_token(email: str) -> str:
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    RESET_TOKENS[digest] = (email, time.time() + TOKEN_TTL)
    return token


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = (request.get_json(silent=True) or {}).get("email", "")
    if email:
        token = issue_token(email)
        send_reset_mail(email, token)
    return jsonify(message="If the address exists, a mail is on its way.")


def send_reset_mail(email: str, token: str) -> None:
    pass  # handed to the mail queue in production
