from enum import Enum

import psycopg
from psycopg import sql
from fastapi import FastAPI
import os

app = FastAPI()


class Kind(str, Enum):
    flights = "flight_accruals"
    hotels = "hotel_accruals"
    cars = "car_accruals"


@app.get("/accruals/{kind}")
def accruals(kind: Kind, member_id: int):
    query = sql.SQL("SELECT created_at, miles FROM {} WHERE member_id = %s ORDER BY created_at DESC LIMIT 50").format(
        sql.Identifier(kind.value)
    )
    with psycopg.connect(os.environ["LOYALTY_DSN"]) as conn:
        rows = conn.execute(query, (member_id,)).fetchall()
    return [{"at": r[0].isoformat(), "miles": r[1]} for r in rows]
