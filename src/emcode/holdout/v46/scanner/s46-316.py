from flask import Flask, jsonify, request

app = Flask(__name__)
SLOTS = list(range(1, 141))


@app.get("/slots")
def slots():
    try:
        page = max(1, int(request.args.get("page", 1)))
    except ValueError:
        page = 1
    size = 20
    chunk = SLOTS[(page - 1) * size: page * size]
    resp = jsonify(chunk)
    resp.headers["X-Total-Count"] = str(len(SLOTS))
    resp.headers["X-Page"] = str(page)
    return resp
