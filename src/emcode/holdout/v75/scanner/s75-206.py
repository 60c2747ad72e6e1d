import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="vetlab", user="vetlab_app")


@app.get("/results")
def results(species: str | None = None, analyte: str | None = None, sort: str = "collected_at"):
    conditions = []
    if species:
        conditions.append("species = '%s'" % species)
    if analyte:
        conditions.append("analyte = '%s'" % analyte)
    sql = "SELECT sample_id, species, analyte, value FROM results"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += " ORDER BY " + sort
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()
