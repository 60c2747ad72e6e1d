import argparse
import sqlite3

parser = argparse.ArgumentParser(description="Reassign a community garden plot")
parser.add_argument("plot")
parser.add_argument("member")
parser.add_argument("--db", default="garden.sqlite")
args = parser.parse_args()

stmt = "UPDATE plots SET "
stmt += "holder = '%s', " % args.member
stmt += "assigned_on = date('now') "
stmt += "WHERE plot_no = '%s'" % args.plot

con = sqlite3.connect(args.db)
with con:
    n = con.execute(stmt).rowcount
print(f"{n} plot(s) updated")
