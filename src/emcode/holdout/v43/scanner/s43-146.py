import sqlite3
from dataclasses import dataclass, astuple, fields

from flask import Flask, request, jsonify

app = Flask(__name__)


@dataclass
class Inspection:
    site: str
    inspector: str
    ventilation_ok: int
    notes: str


class InspectionRepo:
    def __init__(self, path="safety.db"):
        self.path = path

    def add(self, item: Inspection) -> int:
        cols = [f.name for f in fields(Inspection)]
        stmt = "INSERT INTO inspections (" + ", ".join(cols) + ")"
        stmt += " VALUES (" + ", ".join("?" * len(cols)) + ")"
        with sqlite3.connect(self.path) as con:
            return con.execute(stmt, astuple(item)).lastrowid


repo = InspectionRepo()


@app.post("/inspections")
def add_inspection():
    d = request.get_json(force=True)
    item = Inspection(str(d["site"]), str(d["inspector"]), int(bool(d.get("ventilation_ok"))), str(d.get("notes", "")))
    return jsonify(id=repo.add(item)), 201
