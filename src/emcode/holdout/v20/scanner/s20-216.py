import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/admin/posts/<int:post_id>", methods=["PATCH"])
def patch_post(post_id):
    changes = request.get_json() or {}
    parts = []
    for col, val in changes.items():
        parts.append("%s = '%s'" % (col, val))
    stmt = "UPDATE posts SET " + ", ".join(parts)
    stmt += " WHERE id = %d" % post_id
    with sqlite3.connect("blog.db") as db:
        cur = db.execute(stmt)
    return jsonify({"updated": cur.rowcount})
