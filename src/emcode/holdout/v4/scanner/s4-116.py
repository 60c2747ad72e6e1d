import sqlite3
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Purge(BaseModel):
    ids: list[int]


@app.post("/purge")
def purge(body: Purge):
    marks = ",".join("?" for _ in body.ids)
    stmt = "DELETE FROM notes"
    stmt += f" WHERE id IN ({marks})"
    db = sqlite3.connect("app.db")
    db.execute(stmt, body.ids)
    db.commit()
    return {"deleted": len(body.ids)}
