from flask import Flask, request
import sqlite3

app = Flask(__name__)


def db():
    return sqlite3.connect("newsletter.db")


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    with db() as conn:
        conn.execute("DELETE FROM subscribers WHERE email = ?", (email,))
    confirmation = f"<p>{email} has been removed from the mailing list.</p>"
    return confirmation
