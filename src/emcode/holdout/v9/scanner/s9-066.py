import os
import pymysql


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"set {name} in the environment")
    return value


def monthly_revenue():
    conn = pymysql.connect(host=_env("DB_HOST"), user=_env("DB_USER"), password=_env("DB_PASSWORD"),
                           database="billing")
    with conn.cursor() as cur:
        cur.execute("SELECT SUM(amount) FROM payments WHERE created_at > NOW() - INTERVAL 30 DAY")
        return cur.fetchone()[0]
