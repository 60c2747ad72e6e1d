import sqlite3
from fastapi import FastAPI, Query

app = FastAPI()


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect("catalogue.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/catalogue/search")
def search(q: str = Query(..., min_length=2, max_length=100), era: str | None = None):
    sql = "SELECT o.accession, o.title FROM objects_fts f JOIN objects o ON o.rowid = f.rowid WHERE objects_fts MATCH ?"
    params: list = ['"' + q.replace('"', '""') + '"']
    if era:
        sql += " AND o.era = ?"
        params.append(era)
    with connect() as conn:
        return [dict(r) for r in conn.execute(sql + " LIMIT 50", params)]
