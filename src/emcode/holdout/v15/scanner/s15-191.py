import argparse

import pandas as pd
import sqlalchemy


def load_sales(engine, region, start, end):
    sql = sqlalchemy.text(
        "SELECT day, sku, units FROM sales "
        "WHERE region = :region AND day BETWEEN :start AND :end"
    )
    return pd.read_sql(sql, engine, params={"region": region, "start": start, "end": end})


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--region", required=True)
    ap.add_argument("--start", required=True)
    ap.add_argument("--end", required=True)
    a = ap.parse_args()
    eng = sqlalchemy.create_engine("postgresql:///warehouse")
    print(load_sales(eng, a.region, a.start, a.end).groupby("sku").units.sum())
