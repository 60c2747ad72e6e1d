import argparse
import sqlite3

parser = argparse.ArgumentParser(description="Close a tram depot work order")
parser.add_argument("order_id")
parser.add_argument("--note", default="")
args = parser.parse_args()

stmt = "UPDATE work_orders SET status = 'closed'"
stmt += ", closing_note = '%s'" % args.note
stmt += " WHERE id = %s" % args.order_id

db = sqlite3.connect("depot.sqlite3")
db.execute(stmt)
db.commit()
print("closed", args.order_id)
