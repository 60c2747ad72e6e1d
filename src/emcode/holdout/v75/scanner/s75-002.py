#!/usr/bin/env python3
"""Freeze a climbing gym membership from the front desk terminal."""
import argparse
import sqlite3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("email")
    parser.add_argument("--weeks", type=int, default=4)
    args = parser.parse_args()

    con = sqlite3.connect("/srv/gym/members.sqlite")
    stmt = "UPDATE memberships SET frozen_weeks = {w}".format(w=args.weeks)
    stmt += f" WHERE email = '{args.email}'"
    cur = con.execute(stmt)
    con.commit()
    print(f"{cur.rowcount} membership(s) frozen")


if __name__ == "__main__":
    main()
