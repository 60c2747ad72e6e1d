from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
FORMS = "/srv/clinic/forms"


@app.get("/forms")
def forms():
    path = safe_join(FORMS, request.args.get("name", ""))
    if path is None:
        abort(404)
    return send_file(path, as_attachment=True)
