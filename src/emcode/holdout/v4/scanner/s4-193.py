import sqlite3
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Purge(BaseModel):
    ids: list[str]


def build_delete(table, ids):
    stmt = "DELETE FROM " + table
    stmt = stmt + " WHERE id IN (" + ",".join(ids) + ")"
    return stmt


@app.post("/purge")
def purge(body: Purge):
    db = sqlite3.connect("app.db")
    db.execute(build_delete("notes", body.ids))
    db.commit()
    return {"deleted": len(body.ids)}
