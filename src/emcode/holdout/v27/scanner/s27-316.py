from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/tags", methods=["POST"])
def tags():
    raw = request.form.get("tags", "")
    if len(raw) > 500:
        abort(413)
    items = [t.strip().lstrip("#") for t in raw.split(",") if t.strip()][:20]
    return {"tags": items}
