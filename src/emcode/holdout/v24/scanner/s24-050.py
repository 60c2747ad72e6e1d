from django.db import connection


def monthly_revenue(garage_id: int, year: int) -> list[tuple[int, float]]:
    with connection.cursor() as cur:
        cur.execute(
            """
            SELECT EXTRACT(MONTH FROM paid_at)::int AS m, SUM(amount)
            FROM parking_ticket
            WHERE garage_id = %s AND EXTRACT(YEAR FROM paid_at) = %s
            GROUP BY m ORDER BY m
            """,
            [garage_id, year],
        )
        return [(int(m), float(total)) for m, total in cur.fetchall()]
