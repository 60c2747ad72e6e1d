import sqlite3

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
EDITABLE = ("title", "summary", "status")


@app.route("/admin/posts/<int:post_id>", methods=["PATCH"])
def patch_post(post_id):
    changes = request.get_json(silent=True) or {}
    cols = [c for c in EDITABLE if c in changes]
    if not cols:
        abort(400)
    assignments = ", ".join(f"{c} = ?" for c in cols)
    values = [str(changes[c]) for c in cols] + [post_id]
    stmt = "UPDATE posts SET " + assignments + " WHERE id = ?"
    with sqlite3.connect("blog.db") as db:
        cur = db.execute(stmt, values)
    return jsonify({"updated": cur.rowcount})
