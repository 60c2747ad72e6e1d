import argparse

import pandas as pd
import sqlalchemy


def load_sales(engine, region, start, end):
    where = f"region = '{region}' AND day BETWEEN '{start}' AND '{end}'"
    sql = "SELECT day, sku, units FROM sales WHERE " + where
    return pd.read_sql(sql, engine)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--region", required=True)
    ap.add_argument("--start", required=True)
    ap.add_argument("--end", required=True)
    a = ap.parse_args()
    eng = sqlalchemy.create_engine("postgresql:///warehouse")
    print(load_sales(eng, a.region, a.start, a.end).groupby("sku").units.sum())
