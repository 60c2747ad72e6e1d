import os
import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()
conn = psycopg2.connect(dbname="brewery", user=os.environ.get("PGUSER"))
SORT_COLUMNS = {"brewed": "brewed_on", "volume": "litres", "style": "style"}


@app.get("/kegs")
def kegs(style: str, sort: str = "brewed"):
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise HTTPException(status_code=400, detail="unknown sort key")
    parts = ["SELECT keg_id, style, litres, brewed_on FROM kegs", "WHERE style = %s"]
    parts.append(f"ORDER BY {column}")
    query = " ".join(parts)
    with conn.cursor() as cur:
        cur.execute(query, (style,))
        return [dict(zip(["keg_id", "style", "litres", "brewed_on"], r)) for r in cur.fetchall()]
