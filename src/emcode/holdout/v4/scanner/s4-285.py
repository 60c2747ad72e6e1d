import os
import psycopg2

conn = psycopg2.connect(
    host=os.environ["PGHOST"],
    dbname="billing",
    user=os.environ["PGUSER"],
    password=os.environ["PGPASS