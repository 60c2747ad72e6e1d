from enum import Enum
from flask import Flask, request, abort

app = Flask(__name__)


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"
    BLOCKED = "blocked"


@app.route("/issues/badge")
def badge():
    try:
        status = Status(request.args.get("status", "open"))
    except ValueError:
        abort(400)
    color = {"open": "green", "closed": "grey", "blocked": "red"}[status.value]
    return f'<span class="badge" style="color:{color}">{status.value}</span>'
