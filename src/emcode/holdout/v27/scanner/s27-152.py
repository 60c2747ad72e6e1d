from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2:///coldchain")


def excursions(shipment: str, max_c: float):
    stmt = "SELECT ts, celsius FROM readings"
    stmt += " WHERE shipment = :sid"
    stmt += " AND celsius > :limit ORDER BY ts"
    with engine.connect() as conn:
        return conn.execute(text(stmt), {"sid": shipment, "limit": max_c}).all()


if __name__ == "__main__":
    import sys
    for ts, c in excursions(sys.argv[1], float(sys.argv[2])):
        print(ts, c)
