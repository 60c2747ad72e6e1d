import sqlite3


def main():
    conn = sqlite3.connect("inventory.db")
    sku = input("SKU to restock: ").strip()
    qty = int(input("Quantity: "))
    with conn:
        conn.execute("UPDATE stock SET qty = qty + ? WHERE sku = ?", (qty, sku))
    print("restocked", sku)


if __name__ == "__main__":
    main()
