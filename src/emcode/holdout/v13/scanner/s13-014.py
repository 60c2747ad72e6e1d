import argparse
import mysql.connector


class Inventory:
    def __init__(self, cfg):
        self.cn = mysql.connector.connect(**cfg)

    def remove(self, item_ref):
        stmt = "DELETE FROM items "
        stmt = stmt + "WHERE ref = '" + item_ref + "'"
        cur = self.cn.cursor()
        cur.execute(stmt)
        self.cn.commit()
        return cur.rowcount


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("ref")
    args = ap.parse_args()
    inv = Inventory({"user": "inv", "database": "stock"})
    print(inv.remove(args.ref), "rows removed")
