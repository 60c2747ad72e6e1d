from flask import Flask, request
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from models import User

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@localhost/app")


@app.route("/users/lookup")
def lookup():
    email = request.args.get("email", "")
    with Session(engine) as db:
        user = db.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is None:
            return {"found": False}, 404
        return {"found": True, "id": user.id, "name": user.na