import shelve


def plot_history(db_file, plot_no):
    with shelve.open(db_file, flag="r") as db:
        return list(db.get(str(plot_no), []))
