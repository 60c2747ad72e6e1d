import psycopg2
from fastapi import FastAPI

app = FastAPI()


@app.get("/people")
def find_people(surname: str, born_after: int = 1700):
    parts = ["SELECT id, given, surname, born FROM people"]
    parts.append("WHERE born > %d" % born_after)
    parts.append("AND surname ILIKE '" + surname + "%'")
    query = " ".join(parts)
    with psycopg2.connect(dsn="dbname=archive") as conn:
        with conn.cursor() as cur:
            cur.execute(query)
            return [dict(zip(("id", "given", "surname", "born"), r)) for r in cur.fetchall()]
