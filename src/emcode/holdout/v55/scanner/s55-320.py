"""Seed the tournament database from a YAML fixture file."""
import argparse
import sqlite3

import yaml


def seed(db_path, fixture_path):
    with open(fixture_path) as fh:
        fixture = yaml.safe_load(fh)
    conn = sqlite3.connect(db_path)
    with conn:
        for team in fixture.get("teams", []):
            conn.execute("INSERT OR IGNORE INTO teams (slug, name, region) VALUES (?, ?, ?)",
                         (team["slug"], team["name"], team.get("region", "EU")))
        for m in fixture.get("matches", []):
            conn.execute("INSERT INTO matches (home, away, stage, starts_at) VALUES (?, ?, ?, ?)",
                         (m["home"], m["away"], m["stage"], m["starts_at"]))
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("fixture")
    a = ap.parse_args()
    seed(a.db, a.fixture)
