import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Streak(BaseModel):
    username: str
    days: int


@app.put("/streak")
def set_streak(s: Streak):
    con = sqlite3.connect("lingo.db")
    stmt = "UPDATE learners SET streak = {} WHERE username = '{}'".format(s.days, s.username)
    con.execute(stmt)
    con.commit()
    con.close()
    return {"ok": True}
