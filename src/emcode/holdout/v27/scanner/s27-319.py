import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/team", methods=["POST"])
def create_team():
    name = request.form["name"]
    script = """
    BEGIN;
    INSERT INTO teams(name) VALUES ('{0}');
    INSERT INTO audit(event) VALUES ('team created');
    COMMIT;
    """.format(name)
    con = sqlite3.connect("brackets.db")
    con.executescript(script)
    return {"created": True}
