import sqlite3


def main():
    conn = sqlite3.connect("inventory.db")
    sku = input("SKU to restock: ")
    qty = input("Quantity: ")
    statement = "UPDATE stock SET qty = qty + {} WHERE sku = '{}';".format(qty, sku)
    conn.executescript(statement)
    conn.commit()
    print("restocked", sku)


if __name__ == "__main__":
    main()
