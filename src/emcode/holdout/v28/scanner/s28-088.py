import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="audit.log", format="%(asctime)s %(message)s", level=logging.INFO)
audit = logging.getLogger("audit")


@app.get("/owners/search")
def owner_search():
    term = request.args.get("q", "")
    user = request.headers.get("X-Staff-User", "anonymous")
    audit.info("staff %r searched owners for %r", user, term)
    return jsonify({"results": []})
