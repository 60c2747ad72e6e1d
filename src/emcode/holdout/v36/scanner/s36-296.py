import shelve


def read_cart(db_path, customer_id):
    with shelve.open(db_path, flag="r") as db:
        return db.get(str(customer_id), [])
