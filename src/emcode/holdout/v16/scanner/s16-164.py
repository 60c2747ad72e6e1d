import sqlite3
from flask import Flask, request


class ProductRepo:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def update(self, pid: int, fields: dict) -> None:
        assignments = ", ".join("{} = '{}'".format(k, v) for k, v in fields.items())
        stmt = "UPDATE products SET {} WHERE id = {}".format(assignments, pid)
        self.conn.execute(stmt)
        self.conn.commit()


app = Flask(__name__)
repo = ProductRepo("shop.db")


@app.route("/products/<int:pid>", methods=["PATCH"])
def patch(pid):
    repo.update(pid, request.get_json(force=True))
    return "", 204
