import sqlite3
from flask import Flask, request, abort

EDITABLE = ("name", "price", "stock")


class ProductRepo:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def update(self, pid: int, fields: dict) -> None:
        cols = [c for c in EDITABLE if c in fields]
        if not cols:
            return
        assignments = ", ".join(f"{c} = :{c}" for c in cols)
        stmt = f"UPDATE products SET {assignments} WHERE id = :pid"
        params = {c: fields[c] for c in cols}
        params["pid"] = pid
        self.conn.execute(stmt, params)
        self.conn.commit()


app = Flask(__name__)
repo = ProductRepo("shop.db")


@app.route("/products/<int:pid>", methods=["PATCH"])
def patch(pid):
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400)
    repo.update(pid, body)
    return "", 204
