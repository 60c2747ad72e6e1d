#!/usr/bin/env python3
import argparse
import csv
import os

import pymysql


def import_members(path):
    conn = pymysql.connect(host="localhost", user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="gym")
    n = 0
    with open(path, newline="") as fh, conn.cursor() as cur:
        for r in csv.DictReader(fh):
            cur.execute("INSERT INTO members (email, name, plan) VALUES ('%s', '%s', '%s')"
                        % (r["email"], r["name"], r["plan"]))
            n += 1
    conn.commit()
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_file")
    print("imported", import_members(ap.parse_args().csv_file))
