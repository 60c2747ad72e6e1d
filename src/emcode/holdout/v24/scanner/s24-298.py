#!/usr/bin/env python3
import argparse
import csv
import os

import pymysql


def import_members(path: str) -> int:
    conn = pymysql.connect(host=os.environ.get("DB_HOST", "localhost"), user=os.environ["DB_USER"],
                           password=os.environ["DB_PASSWORD"], database="gym")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["email"].strip().lower(), r["name"].strip(), r["plan"]) for r in csv.DictReader(fh)]
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO members (email, name, plan) VALUES (%s, %s, %s) "
                        "ON DUPLICATE KEY UPDATE name = VALUES(name), plan = VALUES(plan)", rows)
    conn.commit()
    conn.close()
    return len(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Import gym members from CSV")
    ap.add_argument("csv_file")
    print("imported", import_members(ap.parse_args().csv_file))
