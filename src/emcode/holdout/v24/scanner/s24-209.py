import os
import psycopg2
import requests


def get_conn():
    return psycopg2.connect(os.environ["PARKING_DB_URL"])


def push_occupancy(garage_id: int, free_spaces: int) -> None:
    token = os.environ["CITY_API_TOKEN"]
    r = requests.post(
        "https://opendata.city.example/api/parking",
        json={"garage": garage_id, "free": free_spaces},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    r.raise_for_status()


def sync():
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, capacity - occupied FROM garages")
        for gid, free in cur.fetchall():
            push_occupancy(gid, free)


if __name__ == "__main__":
    sync()
