import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="brewery")


@app.get("/kegs")
def kegs(style: str, sort: str = "brewed_on"):
    parts = ["SELECT keg_id, style, litres, brewed_on FROM kegs", "WHERE style = %s"]
    parts.append("ORDER BY " + sort)
    query = " ".join(parts)
    with conn.cursor() as cur:
        cur.execute(query, (style,))
        return [dict(zip(["keg_id", "style", "litres", "brewed_on"], r)) for r in cur.fetchall()]
