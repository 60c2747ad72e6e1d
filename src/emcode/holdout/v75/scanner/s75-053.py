import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()
conn = psycopg2.connect(dbname="vetlab", user="vetlab_app")

SORTABLE = {"collected_at", "species", "analyte", "value"}


@app.get("/results")
def results(species: str | None = None, analyte: str | None = None, sort: str = "collected_at"):
    if sort not in SORTABLE:
        raise HTTPException(400, "cannot sort by that column")
    where, args = [], []
    if species:
        where.append("species = %s")
        args.append(species)
    if analyte:
        where.append("analyte = %s")
        args.append(analyte)
    sql = "SELECT sample_id, species, analyte, value FROM results"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {sort}"
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall()
